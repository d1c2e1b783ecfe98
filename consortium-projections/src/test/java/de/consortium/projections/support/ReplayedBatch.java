package de.consortium.projections.support;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Handler calls made as a processor makes them while it replays: one batch of replayed events, one commit. */
public final class ReplayedBatch {

    private ReplayedBatch() {
    }

    /** Events as a processor hands them over while it replays: their tokens are replay tokens. */
    public static List<TrackedEventMessage<?>> events(int count) {
        TrackingToken replaying = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(1000), null);
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new GenericTrackedEventMessage<>(replaying, GenericEventMessage.asEventMessage("event")));
        }
        return events;
    }

    /** Each call stands for one replayed event of the batch, in order. */
    public static void of(Runnable... handlerCalls) {
        Iterator<Runnable> calls = List.of(handlerCalls).iterator();
        ResultMessage<?> result = new BatchingUnitOfWork<>(events(handlerCalls.length)).executeWithResult(() -> {
            calls.next().run();
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException("the replayed batch failed", result.exceptionResult());
        }
    }
}
