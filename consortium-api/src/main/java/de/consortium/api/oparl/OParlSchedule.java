package de.consortium.api.oparl;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Imports every source every {@code consortium.oparl.interval}, where that is set. */
@Component
@ConditionalOnProperty("consortium.oparl.interval")
class OParlSchedule {

    static final String PRINCIPAL = "oparl-import";

    private final OParlImport imports;

    OParlSchedule(OParlImport imports) {
        this.imports = imports;
    }

    @Scheduled(fixedDelayString = "${consortium.oparl.interval}", initialDelayString = "${consortium.oparl.interval}")
    void importEverySource() {
        imports.sources().forEach(source -> imports.run(source, PRINCIPAL));
    }
}
