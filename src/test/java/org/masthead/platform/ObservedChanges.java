package org.masthead.platform;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test listener: every ChangeObserved this node delivered, from whichever thread polled the feed. */
@Component
public class ObservedChanges {

    private final List<ChangeFeed.ChangeObserved> seen = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ChangeFeed.ChangeObserved change) {
        seen.add(change);
    }

    public long count(String topic, long entityId) {
        return seen.stream().filter(c -> c.topic().equals(topic) && c.entityId() == entityId).count();
    }
}
