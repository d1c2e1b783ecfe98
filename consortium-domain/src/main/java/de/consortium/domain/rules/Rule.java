package de.consortium.domain.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of every rule by which the system refuses a command, with its id (as {@code rule} in a problem and
 * in its {@code type}, {@code urn:consortium:rule:<id>}), its number in docs/domain.md and what it says, in German
 * and in English. Every refusal names one of these; the API's documentation lists them from here.
 */
public enum Rule {

    THIRD_PARTY_FUNDS_LIMIT("third-party-funds-limit", "R1.2",
            "Mittel Dritter ersetzen höchstens die Hälfte des kommunalen Eigenanteils.",
            "Third-party money replaces at most half of the municipal own share."),
    FEDERAL_MONEY_NEVER_REPLACES_OWN_SHARE("federal-money-never-replaces-own-share", "R1.3",
            "Bundesmittel können den kommunalen Eigenanteil nicht ablösen.",
            "Federal money never replaces the municipal own share."),
    PHASE_CAPS("phase-caps", "R2.1",
            "Phase A höchstens 2,5 Mio. EUR (davon 1 Mio. EUR erste Investitionen), Phase B höchstens 15 Mio. EUR"
                    + " in höchstens fünf Jahren.",
            "Phase A at most 2.5 M EUR (1 M EUR of it first investments), phase B at most 15 M EUR within five"
                    + " years."),
    COST_PLAN_WITHIN_RUNNING_TIME("cost-plan-within-running-time", "R2.2",
            "Der Kosten- und Finanzierungsplan liegt in der Laufzeit des Projekts.",
            "The cost and financing plan lies within the project's running time."),
    STRAIGHT_TO_PHASE_B_NEEDS_STRATEGY("straight-to-phase-b-needs-strategy", "R2.3",
            "Ohne Phase A braucht der Antrag eine vom Rat beschlossene Smart-City-Strategie.",
            "An application without phase A needs a smart-city strategy adopted by the council."),
    PHASE_B_AFTER_PHASE_A("phase-b-after-phase-a", "R2.4",
            "Phase B beginnt mit der Auszahlung der letzten Rate der Phase A.",
            "Phase B begins with the payout of phase A's last installment."),
    REQUEST_IN_PLANNED_PHASE("request-in-planned-phase", "R2.5",
            "Ein Mittelabruf betrifft eine Phase, die der Plan vorsieht.",
            "A disbursement request concerns a phase the plan has."),
    PROOF_OF_USE_FOR_PLANNED_PHASE("proof-of-use-for-planned-phase", "R2.5",
            "Ein Verwendungsnachweis betrifft eine Phase, die der Plan vorsieht.",
            "A proof of use concerns a phase the plan has."),
    APPLICATION_NEEDS_COUNCIL_MANDATE("application-needs-council-mandate", "R3.1",
            "Der Antrag braucht beschlossene Ratsbeschlüsse zur Bewerbung und zur Finanzierung des Eigenanteils,"
                    + " gefasst bis zum Tag des Antrags.",
            "The application needs adopted council resolutions approving it and financing the own share, passed by"
                    + " the day of application."),
    PHASE_B_NEEDS_STRATEGY("phase-b-needs-strategy", "R3.2",
            "Mittel der Phase B fließen nur unter einer vom Rat beschlossenen Smart-City-Strategie.",
            "Phase-B money is disbursed only under a smart-city strategy adopted by the council."),
    RESOLUTION_RECORDED_ONCE("resolution-recorded-once", "R3.3",
            "Der Beschluss eines Gremiums zu einer Vorlage in einer Sitzung wird einmal erfasst.",
            "A body's decision on a paper in one session is recorded once."),
    APPLICATION_DEADLINE("application-deadline", "R4.1",
            "Der Antrag erreicht den Aufruf bis zu seiner Frist.",
            "The application reaches the call by its deadline."),
    APPLICATION_NEEDS_COST_PLAN("application-needs-cost-plan", "R4.2",
            "Der Antrag geht mit dem Kosten- und Finanzierungsplan des Partners ein.",
            "The application goes in with the partner's cost and financing plan."),
    COST_PLAN_FIXED_ONCE_APPLIED("cost-plan-fixed-once-applied", "R4.2",
            "Mit dem Antrag steht der Kosten- und Finanzierungsplan fest.",
            "The cost and financing plan is fixed by the application."),
    APPLICATION_SUBMITTED_ONCE("application-submitted-once", "R4.3",
            "Ein Partner beantragt einmal.",
            "A partner applies once."),
    GRANT_NEEDS_APPLICATION("grant-needs-application", "R4.4",
            "Der Fördermittelgeber entscheidet über einen eingereichten Antrag.",
            "The funder decides on a submitted application."),
    GRANT_DECIDED_ONCE("grant-decided-once", "R4.4",
            "Der Fördermittelgeber entscheidet einmal.",
            "The funder decides once."),
    GRANT_WITHIN_APPLICATION("grant-within-application", "R4.5",
            "Die Zusage ist höchstens so hoch wie der Antrag.",
            "The grant is at most what was applied for."),
    DISBURSEMENT_NEEDS_GRANT("disbursement-needs-grant", "R5.1",
            "Nur eine zugesagte Förderung wird abgerufen.",
            "Only an awarded grant is drawn down."),
    DISBURSEMENT_WITHIN_GRANT("disbursement-within-grant", "R5.1",
            "Ein Abruf ist höchstens die Zusage abzüglich des schon Abgerufenen, Freigegebenen oder Gezahlten.",
            "A request is at most the grant less what is requested, approved or paid."),
    COSTS_INCURRED_BY_REQUEST_DATE("costs-incurred-by-request-date", "R5.2",
            "Finanziert werden nur bis zum Abruf tatsächlich angefallene Kosten des abgerufenen Zeitraums.",
            "Only costs actually incurred by the request, within its period, are financed."),
    SIX_MONTH_RHYTHM("six-month-rhythm", "R5.3",
            "Abruf im 6-Monats-Rhythmus für die vergangenen sechs Monate, ohne Überschneidung, einer je Halbjahr.",
            "Every six months for the six months past, without overlap, one per half-year."),
    PAYOUT_AT_MONTH_END("payout-at-month-end", "R5.4",
            "Ausgezahlt wird zum Monatsultimo.",
            "Payouts are on a month end."),
    PAYOUT_TWO_WEEKS_AHEAD("payout-two-weeks-ahead", "R5.4",
            "Die Anforderung liegt der KfW spätestens zwei Wochen vor dem Auszahlungstermin vor.",
            "The request reaches the funder at least two weeks before the payout."),
    FIRST_PAYOUT_NOT_BEFORE("first-payout-not-before", "R5.5",
            "Erste Auszahlung der Phase A frühestens drei Monate nach Zusage, der Phase B drei Monate nach ihrem"
                    + " Beginn.",
            "The first payout of phase A comes three months after the grant decision at the earliest, of phase B"
                    + " three months after it began."),
    FINAL_INSTALLMENT_CLOSES_PHASE("final-installment-closes-phase", "R5.6",
            "Die Schlussrate ist der letzte Abruf einer Phase.",
            "The final installment is a phase's last request."),
    FINAL_INSTALLMENT_AFTER_PROOF_OF_USE("final-installment-after-proof-of-use", "R5.7",
            "Die Schlussrate wird erst nach beanstandungsfreier Prüfung des Verwendungsnachweises gezahlt.",
            "The final installment is paid only once the proof of use is accepted."),
    REQUEST_ID_UNIQUE("request-id-unique", "R5.8",
            "Die Kennung eines Abrufs bezeichnet einen Abruf.",
            "A request's id names one request."),
    DISBURSEMENT_REQUESTED_ONLY("disbursement-requested-only", "R5.9",
            "Nur ein angeforderter Abruf wird freigegeben oder abgelehnt.",
            "Only a requested disbursement is approved or rejected."),
    DISBURSEMENT_APPROVED_ONLY("disbursement-approved-only", "R5.9",
            "Nur ein freigegebener Abruf wird gezahlt.",
            "Only an approved disbursement is paid."),
    FOUR_EYES("four-eyes", "R5.10",
            "Wer einen Abruf freigegeben hat, zahlt ihn nicht auch aus.",
            "Whoever approved a disbursement does not also pay it."),
    EXTERNAL_CONSULTANTS_LIMIT("external-consultants-limit", "R6.1",
            "Externe Berater kosten höchstens ein Drittel der eigenen Personal- und Sachkosten.",
            "External consultants cost at most a third of the own staff and material costs."),
    PROOF_OF_USE_COMPLETE("proof-of-use-complete", "R7.2",
            "Der Verwendungsnachweis enthält jede Unterlage, die das Merkblatt für seine Phase nennt.",
            "A proof of use comes with every document the leaflet lists for its phase."),
    PROOF_OF_USE_NEEDS_GRANT("proof-of-use-needs-grant", "R7.3",
            "Ein Verwendungsnachweis betrifft eine zugesagte Förderung.",
            "A proof of use concerns an awarded grant."),
    PROOF_ID_UNIQUE("proof-id-unique", "R7.3",
            "Die Kennung eines Verwendungsnachweises bezeichnet einen Nachweis.",
            "A proof's id names one proof of use."),
    ONE_PROOF_OF_USE_PENDING("one-proof-of-use-pending", "R7.3",
            "Es wartet höchstens ein Verwendungsnachweis auf die Prüfung.",
            "One proof of use awaits the audit at a time."),
    PROOF_OF_USE_ACCEPTED_ONCE("proof-of-use-accepted-once", "R7.3",
            "Der Verwendungsnachweis einer Phase wird einmal angenommen.",
            "A phase's proof of use is accepted once."),
    PROOF_OF_USE_DECIDED_ONCE("proof-of-use-decided-once", "R7.3",
            "Über jeden Verwendungsnachweis wird einmal entschieden.",
            "The funder decides on each proof of use once."),
    DOCUMENT_RECORDED_ONCE("document-recorded-once", "R7.4",
            "Eine Unterlage wird einmal erfasst.",
            "A document is recorded once."),
    DOCUMENT_ON_RECORD("document-on-record", "R7.4",
            "Verwendungsnachweise und Ratsbeschlüsse verweisen nur auf Unterlagen, die der Partner aufbewahrt.",
            "Proofs of use and council resolutions refer only to documents the partner keeps."),
    DOCUMENT_RETENTION("document-retention", "R7.5",
            "Unterlagen werden fünf Jahre nach dem Verwendungsnachweis aufbewahrt, zu dem sie gehören.",
            "Documents are kept five years after the proof of use they belong to."),
    REPAYMENT_OF_PAID_MONEY("repayment-of-paid-money", "R8.1",
            "Zurückgefordert wird nur ausgezahltes Geld.",
            "Only money paid out is reclaimed."),
    REPAYMENT_WITHIN_PAID("repayment-within-paid", "R8.1",
            "Zurückgefordert wird höchstens, was noch nicht zurückgefordert ist.",
            "At most what is not reclaimed yet is reclaimed."),
    CLAIM_ID_UNIQUE("claim-id-unique", "R8.2",
            "Die Kennung einer Rückforderung bezeichnet eine Rückforderung.",
            "A claim's id names one claim."),
    BASE_RATE_KNOWN("base-rate-known", "R8.3",
            "Für jeden Tag der Verzinsung ist der Basiszinssatz nach § 247 BGB bekannt.",
            "The base rate of section 247 BGB is known for every day that bears interest."),
    WORLD_DATE_NOT_IN_FUTURE("world-date-not-in-future", "R10.1",
            "Das Datum eines Vorgangs liegt nicht nach dem Tag seiner Erfassung.",
            "The day a fact happened does not lie after the day it is recorded."),
    CHRONOLOGY("chronology", "R10.2",
            "Ein späterer Schritt liegt nicht vor dem Schritt, dem er folgt.",
            "A later step does not lie before the step it follows."),
    EXISTS_ONCE("exists-once", "R10.3",
            "Ein Projekt, ein Partner in einem Projekt, wird einmal registriert.",
            "A project, or a partner in a project, is registered once."),
    CONCURRENT_CHANGE("concurrent-change", "R10.4",
            "Eine gleichzeitige andere Änderung desselben Partners wurde gespeichert; diese Anfrage änderte nichts.",
            "Another change to the same partner was stored at the same moment; this request changed nothing."),
    ONE_REPLAY_AT_A_TIME("one-replay-at-a-time", "R10.5",
            "Ein Lesemodell wird nicht zweimal zugleich neu aufgebaut.",
            "A read model is rebuilt once at a time."),
    REBUILD_CANCELLED_BEFORE_RESET("rebuild-cancelled-before-reset", "R10.5",
            "Ein Neuaufbau, der das Lesemodell schon geleert hat, wird nicht abgebrochen.",
            "A rebuild that has reset the read model is not cancelled.");

    private final String id;
    private final String number;
    private final String german;
    private final String english;

    Rule(String id, String number, String german, String english) {
        this.id = id;
        this.number = number;
        this.german = german;
        this.english = english;
    }

    public String id() {
        return id;
    }

    /** Its number in docs/domain.md. */
    public String number() {
        return number;
    }

    public String german() {
        return german;
    }

    public String english() {
        return english;
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
