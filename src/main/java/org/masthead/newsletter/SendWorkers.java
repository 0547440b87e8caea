package org.masthead.newsletter;

import org.masthead.mail.BulkMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The node's sending threads ({@code masthead.newsletter.workers}), each with its own SMTP connection: each round
 * writes a page of a starting send's candidates and sends one due batch; an idle worker closes what is finished,
 * lets its connection go and waits a poll interval. Every node runs its own; the database claims keep them apart.
 * <p>
 * Rejected: a db-scheduler recurring task. It runs on one node at a time and holds one of the scheduler's few
 * threads for as long as a send lasts (minutes, with publishing and the outbox waiting behind it), and a killed
 * node's execution is taken over only once its heartbeats have lapsed (20 minutes by default). A batch's claim
 * lasts {@code claim-timeout} and is renewed with every group recorded, so a send resumes within that on any node.
 */
@Component
@Profile("!cli")
class SendWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SendWorkers.class);

    private final SendPreparation preparation;
    private final SendWorker worker;
    private final BulkMail bulk;
    private final NewsletterProperties props;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger busy = new AtomicInteger();
    private volatile boolean running;
    private volatile boolean paused;

    SendWorkers(SendPreparation preparation, SendWorker worker, BulkMail bulk, NewsletterProperties props) {
        this.preparation = preparation;
        this.worker = worker;
        this.bulk = bulk;
        this.props = props;
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 1; i <= props.workers(); i++) {
            Thread t = new Thread(this::work, "newsletter-send-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /**
     * Workers stop between two messages, record what they sent and hand their batch back (due at once, for another
     * node); none is interrupted, since an interrupt inside a JDBC call would lose that record.
     */
    @Override
    public synchronized void stop() {
        running = false;
        for (Thread t : threads) {
            try {
                t.join(props.pollInterval().plusSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Tests: no worker here starts anything new until {@link #resume()}; waits for work in progress to end. */
    void pause() {
        paused = true;
        try {
            while (busy.get() > 0) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void resume() {
        paused = false;
    }

    private void work() {
        try (BulkMail.Connection connection = bulk.open()) {
            while (running) {
                if (paused || !round(connection)) {
                    connection.close();
                    Thread.sleep(props.pollInterval().toMillis());
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /** One round of work; false when there was none. */
    private boolean round(BulkMail.Connection connection) throws InterruptedException {
        busy.incrementAndGet();
        try {
            if (paused) {
                return false;
            }
            boolean prepared = preparation.prepareNextPage();
            boolean sent = worker.sendNext(connection, () -> !running);
            if (!prepared && !sent) {
                worker.finishCompleted();
            }
            return prepared || sent;
        } catch (RuntimeException e) {
            log.error("A newsletter worker's round failed; it tries again after the poll interval", e);
            return false;
        } finally {
            busy.decrementAndGet();
        }
    }
}
