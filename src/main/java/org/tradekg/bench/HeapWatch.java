package org.tradekg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The peak of the used Java heap over a stretch of time. The heap is fullest just before a
 * collection, so every collection's "before" figure is taken (GC notifications), together with
 * the use at the start and at the end of the stretch. The largest heap left just after a
 * collection is kept too: what the work holds, rather than the garbage the collector lets pile
 * up when the heap allows (an upper bound: a young collection leaves old garbage in place).
 *
 * <pre>{@code
 * try (HeapWatch heap = new HeapWatch()) {
 *     work();
 *     long peakBytes = heap.peak();
 * }
 * }</pre>
 */
public final class HeapWatch implements AutoCloseable {

    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final Set<String> heapPools;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;

    /** Starts watching. */
    public HeapWatch() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        reset();
    }

    /** Starts a new stretch: the peak is the heap in use now. */
    public void reset() {
        peak.set(used());
        peakAfterGc.set(0);
    }

    /** The largest heap use seen since the last {@link #reset}, in bytes. */
    public long peak() {
        peak.accumulateAndGet(used(), Math::max);
        return peak.get();
    }

    /**
     * The largest heap in use just after a collection since the last {@link #reset}, in bytes;
     * the use now when no collection ran.
     */
    public long peakAfterGc() {
        long after = peakAfterGc.get();
        return after > 0 ? after : used();
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void collected(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        peak.accumulateAndGet(heapUse(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
        peakAfterGc.accumulateAndGet(heapUse(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
    }

    private long heapUse(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                sum += pool.getValue().getUsed();
            }
        }
        return sum;
    }

    /** Stops watching. */
    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // Already gone: nothing to stop.
            }
        }
    }
}
