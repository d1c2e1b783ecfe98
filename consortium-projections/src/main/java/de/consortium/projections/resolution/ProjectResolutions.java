package de.consortium.projections.resolution;

import java.util.List;

public record ProjectResolutions(String projectId, List<PartnerResolutions> partners) {
}
