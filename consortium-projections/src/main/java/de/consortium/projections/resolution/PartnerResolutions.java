package de.consortium.projections.resolution;

import java.util.List;

public record PartnerResolutions(String partnerCode, String name, List<RequiredResolution> required,
                                 List<ResolutionView> resolutions) {
}
