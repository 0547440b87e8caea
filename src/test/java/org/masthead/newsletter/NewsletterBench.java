package org.masthead.newsletter;

import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The send benchmark, run by {@code bench/newsletter} (not a test): the application and a counting SMTP sink in one
 * JVM, a list of generated subscribers (100 000 by default, {@code -Dbench.recipients}), one digest-sized issue sent
 * to them all. Prints messages a second from the start of the send to its end (preparation included) and the heap:
 * the most ever in use (garbage included), and what the old generation held after its collections, whose flatness
 * shows that no list of all recipients is held in memory. Arguments are Spring's (the database, the workers).
 */
final class NewsletterBench {

    private NewsletterBench() {
    }

    public static void main(String[] args) throws Exception {
        int recipients = Integer.getInteger("bench.recipients", 100_000);
        try (CountingSmtpSink sink = new CountingSmtpSink(false)) {
            List<String> spring = new ArrayList<>(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + sink.port(),
                    "--spring.mail.properties.mail.smtp.starttls.enable=false",
                    "--spring.mail.properties.mail.smtp.starttls.required=false", "--server.port=0",
                    "--management.server.port=-1", "--masthead.demo=false", "--masthead.newsletter.rate=0",
                    "--masthead.newsletter.poll-interval=200ms", "--logging.level.root=WARN"));
            spring.addAll(List.of(args));
            ConfigurableApplicationContext ctx = SendHarness.boot(spring.toArray(String[]::new));
            long generating = System.nanoTime();
            NewsletterList list = SendHarness.listWithSubscribers(ctx, "bench", recipients);
            long issue = SendHarness.digestSizedIssue(ctx, list);
            System.out.printf(Locale.ENGLISH, "generated %,d subscribers in %.1f s%n", recipients, seconds(generating));
            System.gc();
            HeapWatch heap = new HeapWatch();
            long start = System.nanoTime();
            long send = ctx.getBean(Sends.class).start(issue, null);
            long nextReport = recipients / 10;
            while (!"DONE".equals(SendHarness.state(ctx, send))) {
                Thread.sleep(200);
                if (sink.accepted() >= nextReport) {
                    System.out.printf(Locale.ENGLISH, "  %,7d sent after %5.1f s, heap in use %4d MB, old generation after GC %4d MB%n",
                            sink.accepted(), seconds(start), heap.usedMb(), heap.oldAfterGcMb());
                    nextReport += recipients / 10;
                }
            }
            double took = seconds(start);
            heap.stop();
            Totals totals = ctx.getBean(DeliveryRepository.class).totals(send);
            System.out.printf(Locale.ENGLISH, "sent %,d messages (%,d accepted by the sink over %d connection(s)) in %.1f s: %,.0f messages/s%n",
                    totals.sent(), sink.accepted(), sink.connections(), took, totals.sent() / took);
            System.out.printf(Locale.ENGLISH, "heap: max %d MB; peak in use %d MB; old generation after GC: %d MB before the send, at most %d MB during it%n",
                    heap.maxMb(), heap.peakMb(), heap.oldBeforeMb(), heap.oldPeakAfterGcMb());
            ctx.close();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Samples the heap every 50 ms on a thread of its own. */
    private static final class HeapWatch {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final List<MemoryPoolMXBean> old = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getName().toLowerCase(Locale.ROOT).contains("old")).toList();
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong oldPeak = new AtomicLong();
        private final long oldBefore = oldAfterGc();
        private volatile boolean running = true;

        HeapWatch() {
            Thread t = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    oldPeak.accumulateAndGet(oldAfterGc(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            t.setDaemon(true);
            t.start();
        }

        private long oldAfterGc() {
            return old.stream().mapToLong(p -> p.getCollectionUsage() == null ? 0 : p.getCollectionUsage().getUsed()).sum();
        }

        void stop() {
            running = false;
        }

        long usedMb() {
            return memory.getHeapMemoryUsage().getUsed() >> 20;
        }

        long maxMb() {
            return memory.getHeapMemoryUsage().getMax() >> 20;
        }

        long peakMb() {
            return peak.get() >> 20;
        }

        long oldBeforeMb() {
            return oldBefore >> 20;
        }

        long oldAfterGcMb() {
            return oldAfterGc() >> 20;
        }

        long oldPeakAfterGcMb() {
            return oldPeak.get() >> 20;
        }
    }
}
