package de.consortium.api;

/**
 * The CUT case as clients send it (the README's walk-through sends the same bodies). {@code %s} stands for the
 * project id, so that tests sharing a server do not share a project.
 */
public final class CutRequests {

    public static final String REGISTER = """
            {"projectId": "%s", "title": "Connected Urban Twins",
             "programme": "KfW 436 Modellprojekte Smart Cities", "leadPartner": "FHH",
             "applicationDeadline": "2020-05-20", "runningTime": {"start": "2021-01-01", "end": "2025-12-31"},
             "measures": [{"code": "M1", "title": "Urban data platforms & digital twins"},
                          {"code": "M2", "title": "Innovative use cases for urban development"}],
             "registeredOn": "2020-05-05"}""";
    public static final String JOIN_HAMBURG = """
            {"partnerCode": "FHH", "name": "Freie und Hansestadt Hamburg", "municipalKey": "02000000",
             "joinedOn": "2020-05-05"}""";
    public static final String JOIN_LEIPZIG = """
            {"partnerCode": "LE", "name": "Stadt Leipzig", "municipalKey": "14713000", "joinedOn": "2020-05-05"}""";
    public static final String JOIN_MUNICH = """
            {"partnerCode": "LHM", "name": "Landeshauptstadt München", "municipalKey": "09162000",
             "joinedOn": "2020-05-05"}""";
    public static final String MUNICH_COST_PLAN = """
            {"fundingRate": "STANDARD", "decidedOn": "2020-05-05", "lines": [
              {"year": 2021, "costLine": "2.1.1", "eligibleCosts": 1900000.00},
              {"year": 2022, "costLine": "2.1.1", "eligibleCosts": 2000000.00},
              {"year": 2023, "costLine": "2.1.1", "eligibleCosts": 2000000.00},
              {"year": 2024, "costLine": "2.1.1", "eligibleCosts": 1950000.00},
              {"year": 2025, "costLine": "2.1.1", "eligibleCosts": 1927692.31}]}""";
    public static final String MUNICH_RESOLUTION = """
            {"paperReference": "14-20 / V 18416", "title": "Bewerbung für ein Modellprojekt Smart Cities",
             "body": "Vollversammlung des Stadtrates", "sessionDate": "2020-05-13", "publicSession": true,
             "subjects": ["APPLICATION_APPROVAL", "OWN_SHARE_FINANCING"], "outcome": "ADOPTED",
             "motionsAnswered": ["14-20 / A 06936", "14-20 / A 06860", "14-20 / A 06864"]}""";
    /** Illustrative: the seeds name Munich's strategy but not the paper or date of its adoption. */
    public static final String MUNICH_STRATEGY = """
            {"paperReference": "14-20 / V 12345", "title": "Digitalisierungsstrategie der Landeshauptstadt München",
             "body": "Vollversammlung des Stadtrates", "sessionDate": "2019-07-24", "publicSession": true,
             "subjects": ["STRATEGY_ADOPTION"], "outcome": "ADOPTED"}""";
    public static final String MUNICH_APPLICATION = """
            {"submittedOn": "2020-05-19"}""";
    public static final String MUNICH_GRANT = """
            {"decidedOn": "2020-12-15", "awarded": true, "grantAmount": 6355500.00, "reference": "KfW 436"}""";
    public static final String MUNICH_FIRST_REQUEST = """
            {"requestId": "LHM-2021-1", "requestedOn": "2021-07-05", "periodStart": "2021-01-01",
             "periodEnd": "2021-06-30", "payoutDate": "2021-07-31",
             "costs": [{"year": 2021, "costLine": "2.1.1", "amount": 400000.00}]}""";

    private CutRequests() {
    }

    /**
     * Registers the project with its three partners and takes Munich up to its grant, each step sent by the one
     * who may: the consortium lead, Munich's project lead, the funder.
     */
    public static void munichFunded(HttpClient http, String projectId) {
        String partner = "/api/projects/" + projectId + "/partners";
        HttpClient lead = http.as("lead");
        HttpClient munich = http.as("lhm");
        lead.command("/api/projects", REGISTER.formatted(projectId));
        lead.command(partner, JOIN_HAMBURG);
        lead.command(partner, JOIN_LEIPZIG);
        lead.command(partner, JOIN_MUNICH);
        lead.command(partner + "/LHM/cost-plan", MUNICH_COST_PLAN);
        munich.command(partner + "/LHM/pass-council-resolution", MUNICH_STRATEGY);
        munich.command(partner + "/LHM/pass-council-resolution", MUNICH_RESOLUTION);
        munich.command(partner + "/LHM/submit-application", MUNICH_APPLICATION);
        http.as("kfw-approver").command(partner + "/LHM/record-grant-decision", MUNICH_GRANT);
    }
}
