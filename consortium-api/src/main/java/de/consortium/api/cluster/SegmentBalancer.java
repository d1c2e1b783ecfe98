package de.consortium.api.cluster;

import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/**
 * Lets several instances on one database split every event processor's segments. A pooled processor claims every
 * free segment it sees, so the first node up would keep them all; here each node, at every interval, announces
 * itself and releases the segments it holds above its fair share (segments / live nodes, rounded up), for long
 * enough that another node claims them. When a node leaves, the others' fair share grows and they claim the rest.
 */
@Component
class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final ClusterNodes nodes;
    private final ClusterProperties properties;

    SegmentBalancer(EventProcessingConfiguration processing, TokenStore tokenStore, ClusterNodes nodes,
                    ClusterProperties properties) {
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.nodes = nodes;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${consortium.cluster.balance-interval:2s}")
    void balance() {
        nodes.heartbeat();
        int liveNodes = nodes.live();
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .forEach(processor -> releaseSurplus(processor, liveNodes));
    }

    private void releaseSurplus(StreamingEventProcessor processor, int liveNodes) {
        int segments = tokenStore.fetchSegments(processor.getName()).length;
        if (segments == 0) {
            // not in the shared store: a processor of this node's own (live updates), with nothing to share
            return;
        }
        int fairShare = (segments + liveNodes - 1) / liveNodes;
        int surplus = processor.processingStatus().size() - fairShare;
        if (surplus > 0) {
            log.info("{} holds {} of {} segments with {} nodes live; releasing {}", processor.getName(),
                    processor.processingStatus().size(), segments, liveNodes, surplus);
            processor.processingStatus().keySet().stream().sorted(Comparator.reverseOrder()).limit(surplus)
                    .forEach(segment -> processor.releaseSegment(segment,
                            properties.balanceInterval().toMillis() * 2, TimeUnit.MILLISECONDS));
        }
    }

    @PreDestroy
    void leave() {
        nodes.leave();
    }
}
