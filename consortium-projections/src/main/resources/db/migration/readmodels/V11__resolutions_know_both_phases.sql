-- Which resolutions a partner needs depends on both phases of its plan (the domain's RequiredResolutions); the
-- column fills as plans are projected, and a rebuild of "resolutions" fills it for plans set before.
ALTER TABLE resolution_partner ADD COLUMN has_phase_a BOOLEAN DEFAULT FALSE NOT NULL;
