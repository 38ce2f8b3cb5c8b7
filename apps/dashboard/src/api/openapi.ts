// Generated from the api's OpenAPI document by `npm run dashboard:api-types`; do not edit.
// A test regenerates it and fails when the routes and this file disagree.
/* eslint-disable */
export interface paths {
    "/api/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The questionnaires: items and answers in NL, FR and EN, scales, categories and outcome domain
         * @description The same for every token; docs/instruments.md explains each one.
         */
        get: operations["InstrumentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measurements/{measurementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Retract a measurement: it no longer counts */
        delete: operations["MeasurementsController_retract"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measurements/{measurementId}/correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a measurement
         * @description Replaces its responses (and date) from now on; the original stays in the history. Possible after an exit or a withdrawal.
         */
        post: operations["MeasurementsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register an organisation (admin) */
        post: operations["OrganisationsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outcomes over every project you may see, one row per project, intervention type, age band, risk factor or arm
         * @description Participants are pooled, not project means; someone with several risk factors counts in each. For a funder, small rows are suppressed, with complementary rows where a hidden row could otherwise be derived.
         */
        get: operations["OutcomesController_groupedOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outcomes/synthesis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Random-effects synthesis across the projects you may see: pooled effect, heterogeneity, prediction interval, shrunken estimates and ranks
         * @description DerSimonian–Laird with the Hartung–Knapp–Sidik–Jonkman interval over the projects that qualify for the design (docs/statistics.md "Synthesis across projects"), each project taken from its own Outcome. For a funder, projects hidden at this scale are never pooled, only counted in `excluded.suppressed`.
         */
        get: operations["OutcomesController_synthesis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants/{participantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One participant's record
         * @description Enrolment, measurements that count (with scores), contacts and dose, exit and consent; personal details decrypted for their own organisation only. Read from the participant's stream: always current.
         */
        get: operations["ParticipantsController_record"];
        put?: never;
        post?: never;
        /**
         * Erase a participant (right to be forgotten)
         * @description Destroys the participant's key: personal details, responses and scores become unreadable in every store, the event store included; views stop counting them. The streams keep their shape.
         */
        delete: operations["ParticipantsController_erase"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants/{participantId}/consent-withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the participant withdrew consent
         * @description No new measurements from then on; what was recorded stays unless the participant is erased.
         */
        post: operations["ParticipantsController_withdrawConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants/{participantId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a contact: a unit of dose */
        post: operations["ParticipantsController_logContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants/{participantId}/exit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the participant left the project */
        post: operations["ParticipantsController_recordExit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants/{participantId}/measurements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a completed questionnaire
         * @description Scores are derived from the responses by the instrument's rules, never typed in.
         */
        post: operations["ParticipantsController_recordMeasurement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants/{participantId}/questionnaire-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A participant's questionnaire links: open, used, expired or revoked
         * @description Read from the participant's links stream: current as soon as a write has answered.
         */
        get: operations["QuestionnaireLinksController_list"];
        put?: never;
        /**
         * Make a self-completion link for one instrument and wave
         * @description The participant answers at the returned path without an account. Its secret is shown this once and stored only hashed: an Idempotency-Key is ignored here. Refused like a measurement when the participant may not be measured at that wave (422), or the wave is already measured.
         */
        post: operations["QuestionnaireLinksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/power": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many to enrol to show a standardised effect d with the power asked for
         * @description Two-sided t-test by the noncentral t distribution (docs/statistics.md "Power and the minimum detectable effect"): paired before–after, or two equal arms. Reads no data; the same for every token.
         */
        get: operations["PowerController_plan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The projects this token may see: its organisation’s, or those granted to it */
        get: operations["ProjectsController_list"];
        put?: never;
        /** Register a project and the instruments it measures */
        post: operations["ProjectsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One project */
        get: operations["ProjectsController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/dose-response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Change in the intervention arm by contact hours up to each participant's follow-up
         * @description Each band holds the paired participants of the intervention arm whose logged contact, up to the day of their follow-up measurement, lies from `fromHours` up to `toHours`; with the within-arm statistics of an Outcome. For a funder, small bands are suppressed.
         */
        get: operations["ProjectViewsController_doseResponse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Enrolment and retention per calendar month: enrolled, exited, active at the month’s end, measured
         * @description For a funder, counts from 1 to k − 1 are null.
         */
        get: operations["ProjectViewsController_enrolment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's pseudonymised events, and its participants', in global order (NDJSON)
         * @description One `{position, stream, type, version, recordedAt, data, metadata}` per line. Personal details never appear; erased payloads show `"erased": true`. Replay them to rebuild any view or verify a published figure. With `asOf`, only the events recorded up to then.
         */
        get: operations["ProjectsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/measurements-due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The measurements to take: active participants whose next wave is due, oldest first
         * @description A wave is due `afterWeeks` weeks after the last measurement of the instrument; a baseline from enrolment. Participants who left (other than having completed the intervention) or withdrew consent are not listed.
         */
        get: operations["ProjectViewsController_measurementsDue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A project's outcome on one questionnaire scale: change, effect size, reliable change, evidence and verdict
         * @description Every number as docs/statistics.md defines it. For a funder, a project with an arm of 1 to k − 1 paired participants answers `suppressed: true` with every count and statistic null.
         */
        get: operations["OutcomesController_projectOutcome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The participants of one of your projects (no personal details) */
        get: operations["ProjectsController_participants"];
        put?: never;
        /** Enrol a participant in a project, under a pseudonym */
        post: operations["ParticipantsController_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/participants/{participantId}/trajectory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One participant's score on every scale at every wave, with change and reliable change
         * @description For the participant’s own organisation only: everyone else gets 404.
         */
        get: operations["ProjectViewsController_trajectory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questionnaire-links/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a questionnaire link
         * @description From the answer on, the link answers 410. Revoking a revoked link answers its first revocation; a used link cannot be revoked (422).
         */
        delete: operations["QuestionnaireLinksController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who this token is: its role and what it may reach
         * @description Any valid token. Never answers a secret.
         */
        get: operations["SessionController_session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every token (admin)
         * @description Never a secret: those were shown once.
         */
        get: operations["TokensController_list"];
        put?: never;
        /**
         * Issue an access token (admin)
         * @description An organisation token writes and reads everything of its organisation; a funder token reads aggregate views of the granted projects; an evaluator token reads their pseudonymised events and every view. The secret is shown once and never stored: an Idempotency-Key is ignored here.
         */
        post: operations["TokensController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a token of any role (admin)
         * @description From the answer on, the token answers 401 on every api instance: tokens are looked up on every request, never cached. Revoking a revoked token answers its first revocation.
         */
        delete: operations["TokensController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stores reachable and the projector’s lag; 503 when a part is down */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/q/{secret}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The questionnaire page of a link (no token)
         * @description An HTML page, phone first: the instrument's items in order in the link's language (or the one asked for), one radio group per item, then a confirmation step. 410 once the link is used, expired or revoked, or the participant may no longer be measured; a browser gets these answers as pages, any other client as JSON.
         */
        get: operations["SelfCompletionController_page"];
        put?: never;
        /**
         * Send a participant's answers (no token)
         * @description Recorded as the organisation's measurement of the link's instrument and wave, dated today, with recordedBy "questionnaire-link:<id>"; every rule of a measurement applies (410 when the link or the participant can no longer be answered, 409 when the wave is already measured, 400 naming a bad answer). The page posts a form instead (fields item-0, item-1, …, step review|change|send, lang) and gets pages back: the confirmation, then a thank-you page with no score.
         */
        post: operations["SelfCompletionController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AdjustedDifferenceDto: {
            /**
             * @description β₁ ± t₀.₉₇₅,n−3 · se
             * @example [
             *       -0.92,
             *       -0.12
             *     ]
             */
            ci95: number[];
            /**
             * @description n₁ + n₂ − 3
             * @example 57
             */
            df: number;
            /**
             * @description β₁ of followUp = β₀ + β₁·[intervention] + β₂·baseline over both arms’ paired participants (ANCOVA)
             * @example -0.52
             */
            meanDifference: number;
            /** @example 0.012 */
            p: number | null;
            /**
             * @description Standard error of β₁ by ordinary least squares
             * @example 0.2
             */
            se: number;
            /**
             * @description β₁ / se; null when se = 0
             * @example -2.6
             */
            t: number | null;
        };
        AnswerOptionDto: {
            /** @example yes */
            code: string | number;
            label: components["schemas"]["LocalisedTextDto"];
        };
        ApiErrorBody: {
            /**
             * @description Stable code of the broken rule
             * @example measurement.wave-already-recorded
             */
            code?: string;
            /** @description Every failing field, by its path */
            details?: components["schemas"]["FieldProblem"][];
            /** @example Bad Request */
            error: string;
            /** @example responses[3]: "maybe" is not one of yes, more-or-less, no */
            message: string;
            /** @example 400 */
            statusCode: number;
        };
        ArmOutcomeDto: {
            /**
             * @description (withBaseline − paired) / withBaseline
             * @example 0.2105
             */
            attrition: number | null;
            /** @example 3.1 */
            baselineMean: number | null;
            /**
             * @description 95 % interval of meanChange
             * @example [
             *       -1.148,
             *       -0.252
             *     ]
             */
            ci95: number[] | null;
            /** @example -0.583 */
            cohensDz: number | null;
            /** @example 29 */
            df: number | null;
            /**
             * @description Participants enrolled in the arm
             * @example 40
             */
            enrolled: number | null;
            /** @example 2.4 */
            followUpMean: number | null;
            /** @example -0.568 */
            hedgesGz: number | null;
            /**
             * @description Mean of follow-up − baseline
             * @example -0.7
             */
            meanChange: number | null;
            /** @description The change this arm could have detected (power 0.8, α = 0.05); null below 2 paired or when not even d = 10 would do */
            minimumDetectableEffect: components["schemas"]["MinimumDetectableEffectDto"] | null;
            /** @example 0.0034 */
            p: number | null;
            /**
             * @description Of those, with a scorable follow-up
             * @example 30
             */
            paired: number | null;
            reliableChange: components["schemas"]["ReliableChangeDto"] | null;
            /** @example 1.2 */
            sdChange: number | null;
            /** @example -3.195 */
            t: number | null;
            /**
             * @description Of those, with a scorable wave-0 measurement
             * @example 38
             */
            withBaseline: number | null;
        };
        ArmsDto: {
            /** @example null */
            comparison: components["schemas"]["ArmOutcomeDto"] | null;
            /** @description Null when nobody is enrolled in the arm */
            intervention: components["schemas"]["ArmOutcomeDto"] | null;
        };
        ConsentDto: {
            /**
             * Format: date
             * @example 2026-02-01
             */
            givenOn: string;
        };
        ConsentOnFileDto: {
            /** Format: date */
            givenOn: string;
            /** Format: date */
            withdrawnOn: string | null;
        };
        ContactOnFileDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "visit" | "call" | "activity" | "help" | "other";
            /** @example 45 */
            minutes: number;
            /** Format: date */
            on: string;
        };
        CorrectMeasurementDto: {
            /**
             * @description The corrected answers, one per item in the instrument's order; null marks a missing item
             * @example [
             *       "yes",
             *       "yes",
             *       "no",
             *       "no",
             *       "more-or-less",
             *       "no"
             *     ]
             */
            responses: ((string | number) | null)[];
            /**
             * Format: date
             * @description Corrects the date too; kept when absent
             */
            takenOn?: string;
        };
        CreatedQuestionnaireLinkDto: {
            /**
             * Format: date-time
             * @example 2026-12-22T09:30:00.000Z
             */
            expiresAt: string;
            /**
             * Format: uuid
             * @example 3f1c9a2e-5b7d-4e8f-9a6b-1c2d3e4f5a6b
             */
            id: string;
            /**
             * @description The path to give the participant, on this server: its secret is shown this once and stored only hashed
             * @example /q/Vh3k9Qp2xR7mT1sZ4bN8cL6dF0gJ5aYw
             */
            url: string;
        };
        CreatedWithIdDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Global position of the last event written
             * @example 42
             */
            position: string;
        };
        CreateQuestionnaireLinkDto: {
            /**
             * Format: date
             * @description The last day (UTC) the link works: today at the earliest, a year ahead at most; 14 days from now when absent
             * @example 2026-12-31
             */
            expiresOn?: string;
            /**
             * @example djg-6
             * @enum {string}
             */
            instrument: "djg-6" | "djg-11" | "ucla-3" | "ons-direct" | "lsns-6" | "swemwbs" | "who-5" | "self-rated-health";
            /**
             * @description The language the page opens in (it offers the others too)
             * @example fr
             * @enum {string}
             */
            language: "nl" | "fr" | "en";
            /**
             * @description 0 is the baseline; 1, 2, … are follow-ups
             * @example 1
             */
            wave: number;
        };
        DifferenceDto: {
            /** @description The baseline-adjusted difference, reported beside the Welch difference the verdict rests on; null when the baselines do not vary within the arms */
            adjusted: components["schemas"]["AdjustedDifferenceDto"] | null;
            /**
             * @example [
             *       -1.02,
             *       -0.08
             *     ]
             */
            ci95: number[];
            /**
             * @description Welch–Satterthwaite degrees of freedom
             * @example 51.3
             */
            df: number | null;
            /** @example -0.61 */
            hedgesG: number | null;
            /**
             * @description Mean change of the intervention arm minus that of the comparison arm
             * @example -0.55
             */
            meanDifference: number;
            /** @description The difference between the arms this comparison could have detected (power 0.8, α = 0.05) */
            minimumDetectableEffect: components["schemas"]["MinimumDetectableEffectDto"] | null;
            /** @example 0.023 */
            p: number | null;
            /**
             * @description Welch's t
             * @example -2.35
             */
            t: number | null;
        };
        DoseBandDto: {
            /**
             * @description (withBaseline − paired) / withBaseline
             * @example 0.2105
             */
            attrition: number | null;
            /** @example 3.1 */
            baselineMean: number | null;
            /**
             * @description 95 % interval of meanChange
             * @example [
             *       -1.148,
             *       -0.252
             *     ]
             */
            ci95: number[] | null;
            /** @example -0.583 */
            cohensDz: number | null;
            /** @example 29 */
            df: number | null;
            /**
             * @description Participants enrolled in the arm
             * @example 40
             */
            enrolled: number | null;
            /** @example 2.4 */
            followUpMean: number | null;
            /** @example 10 */
            fromHours: number;
            /** @example -0.568 */
            hedgesGz: number | null;
            /**
             * @description Mean of follow-up − baseline
             * @example -0.7
             */
            meanChange: number | null;
            /** @description The change this arm could have detected (power 0.8, α = 0.05); null below 2 paired or when not even d = 10 would do */
            minimumDetectableEffect: components["schemas"]["MinimumDetectableEffectDto"] | null;
            /** @example 0.0034 */
            p: number | null;
            /**
             * @description Of those, with a scorable follow-up
             * @example 30
             */
            paired: number | null;
            reliableChange: components["schemas"]["ReliableChangeDto"] | null;
            /** @example 1.2 */
            sdChange: number | null;
            /** @example false */
            suppressed: boolean;
            /** @example -3.195 */
            t: number | null;
            /**
             * @description Null on the last band
             * @example 25
             */
            toHours: number | null;
            /**
             * @description Of those, with a scorable wave-0 measurement
             * @example 38
             */
            withBaseline: number | null;
        };
        DoseDto: {
            /** @example 12 */
            contacts: number;
            /** @example 540 */
            minutes: number;
        };
        DoseResponseDto: {
            /**
             * Format: date-time
             * @description The instant the answer describes
             */
            asOf: string;
            bands: components["schemas"]["DoseBandDto"][];
            /** @enum {string} */
            direction: "lower-is-better" | "higher-is-better";
            /** @example djg-6 */
            instrument: string;
            /**
             * @description The last event position the answer includes
             * @example 18234
             */
            position: string | null;
            /** Format: uuid */
            projectId: string;
            /** @example total */
            scale: string;
        };
        EnrolmentCountsDto: {
            /** @example 20 */
            comparison: number | null;
            /**
             * @description Null for a funder when the count is a small cell
             * @example 24
             */
            intervention: number | null;
        };
        EnrolmentPeriodDto: {
            /**
             * @description Enrolled and not left at the month’s end
             * @example 40
             */
            active: number | null;
            /**
             * @description Enrolled in the month (null: a small cell, for a funder)
             * @example 12
             */
            enrolled: number | null;
            /** @example 0 */
            exited: number | null;
            /**
             * @description With any measurement taken in the month
             * @example 15
             */
            measured: number | null;
            /** @example 2026-03 */
            period: string;
        };
        EnrolParticipantDto: {
            /**
             * @example 80+
             * @enum {string}
             */
            ageBand: "0-12" | "13-17" | "18-25" | "26-59" | "60-79" | "80+";
            /**
             * @example intervention
             * @enum {string}
             */
            arm: "intervention" | "comparison";
            consent: components["schemas"]["ConsentDto"];
            /**
             * Format: date
             * @example 2026-02-01
             */
            enrolledOn: string;
            /** @enum {string} */
            gender?: "female" | "male" | "other" | "unknown";
            personal?: components["schemas"]["PersonalDetailsDto"];
            /**
             * @description The organisation's own pseudonym, unique in the project
             * @example P-017
             */
            reference?: string;
            /**
             * @example [
             *       "living-alone",
             *       "poverty"
             *     ]
             */
            riskFactors?: ("poverty" | "health-limitation" | "living-alone" | "single-parent" | "migration-background" | "other-language" | "digital-divide" | "life-transition" | "informal-carer")[];
        };
        ExcludedProjectsDto: {
            /**
             * @description Projects on the scale without an estimate for the design (evidence level, or a variance of 0)
             * @example 2
             */
            notQualifying: number;
            /**
             * @description For a funder: projects hidden at this scale (small cells), never pooled
             * @example 1
             */
            suppressed: number;
        };
        ExitOnFileDto: {
            /** Format: date */
            on: string;
            /** @enum {string} */
            reason: "completed" | "moved" | "died" | "declined" | "lost-to-follow-up" | "other";
        };
        FieldProblem: {
            /** @example "maybe" is not one of yes, more-or-less, no */
            message: string;
            /** @example responses[3] */
            path: string;
        };
        GroupedOutcomeDto: {
            arms: components["schemas"]["ArmsDto"];
            /**
             * Format: date-time
             * @description The instant the answer describes
             */
            asOf: string;
            /**
             * @description Null unless both arms have 2+ paired
             * @example null
             */
            difference: components["schemas"]["DifferenceDto"] | null;
            /** @enum {string} */
            direction: "lower-is-better" | "higher-is-better";
            /**
             * @example before-after
             * @enum {string|null}
             */
            evidenceLevel: "insufficient-data" | "before-after" | "controlled" | null;
            /**
             * @description The group: a project id, intervention type, age band, risk factor or arm
             * @example neighbour-help
             */
            group: string;
            /** @example djg-6 */
            instrument: string;
            /**
             * @description Holm-adjusted p over the rows of the answer that have a p (of difference when controlled, else of the intervention arm); a lone row’s is its p
             * @example 0.054
             */
            pAdjusted: number | null;
            /**
             * @description The last event position the answer includes
             * @example 18234
             */
            position: string | null;
            /**
             * Format: uuid
             * @description Null in a row of several projects
             */
            projectId: string | null;
            /** @example total */
            scale: string;
            /**
             * @description For a funder: a small cell, every count and statistic withheld
             * @example false
             */
            suppressed: boolean;
            /**
             * @example scores-improved
             * @enum {string|null}
             */
            verdict: "effective" | "no-detectable-effect" | "harmful" | "scores-improved" | "no-detectable-change" | "scores-worsened" | "insufficient-data" | null;
            /**
             * @description small-sample, high-attrition, no-comparison-group, baseline-imbalance; on rows of GET /api/outcomes also multiple-comparisons (p < 0.05 but pAdjusted ≥ 0.05)
             * @example [
             *       "no-comparison-group"
             *     ]
             */
            warnings: string[];
            /**
             * @description The follow-up wave asked for; null: each participant’s latest
             * @example null
             */
            wave: number | null;
        };
        GroupedOutcomesDto: {
            /** Format: date-time */
            asOf: string;
            /** @enum {string} */
            groupBy: "project" | "interventionType" | "ageBand" | "riskFactor" | "arm";
            /** @example djg-6 */
            instrument: string;
            /** @example 18234 */
            position: string | null;
            /**
             * @description For a funder: projects hidden at this scale, left out of pooled rows so that no row gives them away
             * @example 0
             */
            projectsLeftOut?: number;
            rows: components["schemas"]["GroupedOutcomeDto"][];
            /** @example total */
            scale: string;
        };
        InstrumentListDto: {
            instruments: components["schemas"]["InstrumentSummaryDto"][];
        };
        InstrumentSummaryDto: {
            /** @description The answers every item accepts, in order */
            answers: components["schemas"]["AnswerOptionDto"][];
            /** @enum {string} */
            direction: "lower-is-better" | "higher-is-better";
            /** @enum {string} */
            domain: "loneliness" | "social-isolation" | "wellbeing" | "health";
            /** @example djg-6 */
            id: string;
            /** @description The items’ texts, in order */
            items: components["schemas"]["LocalisedTextDto"][];
            /**
             * @description The scale reported when none is asked for
             * @example total
             */
            mainScale: string;
            /** @example De Jong Gierveld loneliness scale, 6 items */
            name: string;
            scales: components["schemas"]["ScaleSummaryDto"][];
        };
        IssuedTokenDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "organisation" | "funder" | "evaluator";
            /**
             * @description The bearer secret: shown this once, stored only hashed
             * @example olt_3q2…
             */
            token: string;
        };
        IssueTokenDto: {
            /** @example Fund Noord — 2026 review */
            label?: string;
            /**
             * Format: uuid
             * @description Required for role organisation
             */
            organisationId?: string;
            /** @description Required for roles funder and evaluator: the projects granted */
            projectIds?: string[];
            /** @enum {string} */
            role: "organisation" | "funder" | "evaluator";
        };
        ListedQuestionnaireLinkDto: {
            /**
             * Format: date-time
             * @example 2026-12-22T09:30:00.000Z
             */
            expiresAt: string;
            /**
             * Format: uuid
             * @example 3f1c9a2e-5b7d-4e8f-9a6b-1c2d3e4f5a6b
             */
            id: string;
            /**
             * @example djg-6
             * @enum {string}
             */
            instrument: "djg-6" | "djg-11" | "ucla-3" | "ons-direct" | "lsns-6" | "swemwbs" | "who-5" | "self-rated-health";
            /**
             * @example fr
             * @enum {string|null}
             */
            language: "nl" | "fr" | "en" | null;
            /**
             * Format: date-time
             * @example null
             */
            revokedAt: string | null;
            /**
             * Format: date-time
             * @description When the answers arrived
             * @example null
             */
            usedAt: string | null;
            /** @example 1 */
            wave: number;
        };
        ListedTokenDto: {
            /** @example 2026-03-01T09:00:00.000Z */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example Fund Noord — 2026 review */
            label: string | null;
            /**
             * Format: uuid
             * @description For organisation tokens
             */
            organisationId: string | null;
            /** @description For funder and evaluator tokens */
            projectIds: string[] | null;
            /** @example null */
            revokedAt: string | null;
            /** @enum {string} */
            role: "admin" | "organisation" | "funder" | "evaluator";
        };
        LocalisedTextDto: {
            /** @example I experience a general sense of emptiness */
            en: string;
            /** @example J’éprouve un sentiment de vide autour de moi */
            fr: string;
            /** @example Ik ervaar een leegte om me heen */
            nl: string;
        };
        LogContactDto: {
            /**
             * @example visit
             * @enum {string}
             */
            kind: "visit" | "call" | "activity" | "help" | "other";
            /** @example 45 */
            minutes: number;
            /**
             * Format: date
             * @example 2026-02-08
             */
            on: string;
        };
        MeasurementCorrectedDto: {
            /** @example 43 */
            position: string;
            /**
             * @example {
             *       "total": 2,
             *       "emotional": 1,
             *       "social": 1
             *     }
             */
            scores: {
                [key: string]: number | null;
            };
        };
        MeasurementDueDto: {
            /** Format: date */
            dueSince: string;
            /** @example 2 */
            dueWave: number;
            /** @example djg-6 */
            instrument: string;
            /** Format: date */
            lastTakenOn: string | null;
            /**
             * @description Null when never measured: the baseline is due
             * @example 1
             */
            lastWave: number | null;
            /** Format: uuid */
            participantId: string;
            /** @example BD-014 */
            reference: string | null;
        };
        MeasurementOnFileDto: {
            /** @description True once a correction replaced the first responses */
            corrected: boolean;
            /** Format: uuid */
            id: string;
            /** @example djg-6 */
            instrument: string;
            /** Format: date-time */
            recordedAt: string;
            /**
             * @example [
             *       "yes",
             *       "no",
             *       "no",
             *       "yes",
             *       "more-or-less",
             *       null
             *     ]
             */
            responses: string[];
            /**
             * @description Each scale’s score, null where too many items were missing
             * @example {
             *       "total": 2,
             *       "emotional": 1,
             *       "social": 1
             *     }
             */
            scores: {
                [key: string]: number | null;
            };
            /** Format: date */
            takenOn: string;
            /** @example 0 */
            wave: number;
        };
        MeasurementRecordedDto: {
            /** Format: uuid */
            id: string;
            /** @example 42 */
            position: string;
            /**
             * @description Every scale of the instrument, null where its missing-item rule forbids a score
             * @example {
             *       "total": 3,
             *       "emotional": 2,
             *       "social": 1
             *     }
             */
            scores: {
                [key: string]: number | null;
            };
        };
        MeasurementsDueDto: {
            /** @example 12 */
            afterWeeks: number;
            /**
             * Format: date-time
             * @description The instant the answer describes
             */
            asOf: string;
            /**
             * @description The last event position the answer includes
             * @example 18234
             */
            position: string | null;
            /** Format: uuid */
            projectId: string;
            /** @description Oldest first */
            rows: components["schemas"]["MeasurementDueDto"][];
        };
        MinimumDetectableEffectDto: {
            /**
             * @description The standardised effect the test detects with power 0.8 at α = 0.05 for the paired counts it has
             * @example 0.53
             */
            d: number;
            /**
             * @description The same in the scale’s own points: d × sdChange (d × s_p for a difference)
             * @example 0.64
             */
            points: number;
        };
        OrganisationRegisteredDto: {
            /** Format: uuid */
            id: string;
            /** @example Buurtwerk Noord */
            name: string;
            /**
             * @description Global position of the last event written
             * @example 42
             */
            position: string;
        };
        OutcomeDto: {
            arms: components["schemas"]["ArmsDto"];
            /**
             * Format: date-time
             * @description The instant the answer describes
             */
            asOf: string;
            /**
             * @description Null unless both arms have 2+ paired
             * @example null
             */
            difference: components["schemas"]["DifferenceDto"] | null;
            /** @enum {string} */
            direction: "lower-is-better" | "higher-is-better";
            /**
             * @example before-after
             * @enum {string|null}
             */
            evidenceLevel: "insufficient-data" | "before-after" | "controlled" | null;
            /** @example djg-6 */
            instrument: string;
            /**
             * @description The last event position the answer includes
             * @example 18234
             */
            position: string | null;
            /**
             * Format: uuid
             * @description Null in a row of several projects
             */
            projectId: string | null;
            /** @example total */
            scale: string;
            /**
             * @description For a funder: a small cell, every count and statistic withheld
             * @example false
             */
            suppressed: boolean;
            /**
             * @example scores-improved
             * @enum {string|null}
             */
            verdict: "effective" | "no-detectable-effect" | "harmful" | "scores-improved" | "no-detectable-change" | "scores-worsened" | "insufficient-data" | null;
            /**
             * @description small-sample, high-attrition, no-comparison-group, baseline-imbalance; on rows of GET /api/outcomes also multiple-comparisons (p < 0.05 but pAdjusted ≥ 0.05)
             * @example [
             *       "no-comparison-group"
             *     ]
             */
            warnings: string[];
            /**
             * @description The follow-up wave asked for; null: each participant’s latest
             * @example null
             */
            wave: number | null;
        };
        OutcomeSynthesisDto: {
            /**
             * Format: date-time
             * @description The instant the answer describes
             */
            asOf: string;
            /**
             * @description μ ± t₀.₉₇₅,K−1 · se
             * @example [
             *       -0.777,
             *       -0.317
             *     ]
             */
            ci95: number[] | null;
            /** @enum {string} */
            design: "controlled" | "before-after";
            /**
             * @description K − 1
             * @example 6
             */
            df: number | null;
            /** @enum {string} */
            direction: "lower-is-better" | "higher-is-better";
            excluded: components["schemas"]["ExcludedProjectsDto"];
            /**
             * @description I²: the share of the spread that is heterogeneity
             * @example 0.05
             */
            i2: number | null;
            /** @example djg-6 */
            instrument: string;
            /**
             * @example null
             * @enum {string|null}
             */
            interventionType: "buddy" | "neighbour-help" | "group-activity" | "phone-contact" | "practical-support" | "psychosocial-support" | "meaningful-activity" | "outreach" | "other" | null;
            /** @example 0.0011 */
            p: number | null;
            /**
             * @description μ, the DerSimonian–Laird random-effects mean
             * @example -0.547
             */
            pooled: number | null;
            /**
             * @description The last event position the answer includes
             * @example 18234
             */
            position: string | null;
            /**
             * @description Where a new project’s true effect would lie: μ ± t₀.₉₇₅,K−2 · √(τ² + se²ᵣₑ); null below 3 projects
             * @example [
             *       -0.832,
             *       -0.262
             *     ]
             */
            predictionInterval: number[] | null;
            /**
             * @description K, the projects pooled; every statistic below is null when K < 2
             * @example 7
             */
            projects: number;
            /**
             * @description Cochran’s Q about the fixed-effect mean
             * @example 6.32
             */
            q: number | null;
            /** @description The pooled projects in catalogue order */
            rows: components["schemas"]["SynthesisRowDto"][];
            /** @example total */
            scale: string;
            /**
             * @description Hartung–Knapp–Sidik–Jonkman standard error of μ
             * @example 0.094
             */
            se: number | null;
            /** @example -5.83 */
            t: number | null;
            /**
             * @description τ², the variance of the true effects between projects
             * @example 0.0036
             */
            tau2: number | null;
        };
        ParticipantListDto: {
            /** Format: date-time */
            asOf: string;
            participants: components["schemas"]["ParticipantListItemDto"][];
            /** @example 42 */
            position: string | null;
        };
        ParticipantListItemDto: {
            /** @enum {string} */
            ageBand: "0-12" | "13-17" | "18-25" | "26-59" | "60-79" | "80+";
            /** @enum {string} */
            arm: "intervention" | "comparison";
            /** Format: date */
            consentWithdrawnOn?: string | null;
            /** @example 540 */
            contactMinutes: number;
            /** @example 12 */
            contacts: number;
            /** Format: date */
            enrolledOn: string;
            /** Format: date */
            exitedOn?: string | null;
            /** @enum {string|null} */
            exitReason?: "completed" | "moved" | "died" | "declined" | "lost-to-follow-up" | "other" | null;
            /** Format: uuid */
            id: string;
            /** @example 3 */
            measurements: number;
            /** @example P-017 */
            reference?: string | null;
        };
        ParticipantRecordDto: {
            /** @enum {string} */
            ageBand: "0-12" | "13-17" | "18-25" | "26-59" | "60-79" | "80+";
            /** @enum {string} */
            arm: "intervention" | "comparison";
            consent: components["schemas"]["ConsentOnFileDto"];
            contacts: components["schemas"]["ContactOnFileDto"][];
            dose: components["schemas"]["DoseDto"];
            /** Format: date */
            enrolledOn: string;
            exit?: components["schemas"]["ExitOnFileDto"] | null;
            /** @enum {string|null} */
            gender?: "female" | "male" | "other" | "unknown" | null;
            /** Format: uuid */
            id: string;
            /** @description Measurements that count; retracted ones are left out */
            measurements: components["schemas"]["MeasurementOnFileDto"][];
            personal?: components["schemas"]["PersonalDetailsDto"] | null;
            /**
             * @description Position of the participant's last event
             * @example 57
             */
            position: string;
            /** Format: uuid */
            projectId: string;
            /** @example P-017 */
            reference?: string | null;
            riskFactors: ("poverty" | "health-limitation" | "living-alone" | "single-parent" | "migration-background" | "other-language" | "digital-divide" | "life-transition" | "informal-carer")[];
        };
        ParticipantTrajectoryDto: {
            /** @enum {string} */
            arm: "intervention" | "comparison";
            /**
             * Format: date-time
             * @description The instant the answer describes
             */
            asOf: string;
            dose: components["schemas"]["DoseDto"];
            /** Format: date */
            enrolledOn: string;
            /** Format: date */
            exitedOn: string | null;
            /** Format: uuid */
            participantId: string;
            /**
             * @description The last event position the answer includes
             * @example 18234
             */
            position: string | null;
            /** @description Every scored wave, in wave order */
            scores: components["schemas"]["TrajectoryPointDto"][];
        };
        PersonalDetailsDto: {
            /** @example Rue Haute 1, 1000 Brussel */
            address?: string;
            /** @example mia@example.org */
            email?: string;
            /** @example Mia Peeters */
            name?: string;
            /** @example Prefers calls in the morning */
            notes?: string;
            /** @example +32 2 555 01 02 */
            phone?: string;
        };
        PowerPlanDto: {
            /**
             * @description The power at pairedPerArm (noncentral t)
             * @example 0.8038
             */
            achievedPower: number;
            /**
             * @description Participants to enrol per arm: ⌈pairedPerArm / (1 − attrition)⌉
             * @example 113
             */
            enrolPerArm: number;
            /**
             * @description Participants each arm needs at the follow-up: the smallest n ≥ 2 whose power reaches the target
             * @example 90
             */
            pairedPerArm: number;
        };
        ProjectEnrolmentDto: {
            /**
             * Format: date-time
             * @description The instant the answer describes
             */
            asOf: string;
            /** @enum {string} */
            interval: "month";
            /**
             * @description The last event position the answer includes
             * @example 18234
             */
            position: string | null;
            /** Format: uuid */
            projectId: string;
            rows: components["schemas"]["EnrolmentPeriodDto"][];
        };
        ProjectListDto: {
            /** Format: date-time */
            asOf: string;
            /**
             * @description Last event position the answer includes
             * @example 42
             */
            position: string | null;
            projects: components["schemas"]["ProjectSummaryDto"][];
        };
        ProjectSummaryDto: {
            /** Format: date */
            endsOn?: string | null;
            /** @description Participants enrolled per arm (erased ones no longer count) */
            enrolled: components["schemas"]["EnrolmentCountsDto"];
            hasComparisonGroup: boolean;
            /** Format: uuid */
            id: string;
            /**
             * @example [
             *       "djg-6",
             *       "who-5"
             *     ]
             */
            instruments: string[];
            /** @enum {string} */
            interventionType: "buddy" | "neighbour-help" | "group-activity" | "phone-contact" | "practical-support" | "psychosocial-support" | "meaningful-activity" | "outreach" | "other";
            /** @example Buddies in Molenbeek */
            name: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: date */
            startsOn: string;
            targetGroup?: string | null;
        };
        QuestionnaireLinkListDto: {
            /** @description Oldest first; never a secret */
            links: components["schemas"]["ListedQuestionnaireLinkDto"][];
        };
        RecordExitDto: {
            /**
             * Format: date
             * @example 2026-06-30
             */
            on: string;
            /**
             * @example completed
             * @enum {string}
             */
            reason: "completed" | "moved" | "died" | "declined" | "lost-to-follow-up" | "other";
        };
        RecordMeasurementDto: {
            /**
             * @example djg-6
             * @enum {string}
             */
            instrument: "djg-6" | "djg-11" | "ucla-3" | "ons-direct" | "lsns-6" | "swemwbs" | "who-5" | "self-rated-health";
            /**
             * @description One answer per item, in the instrument's order, with its answer codes; null marks a missing item
             * @example [
             *       "yes",
             *       "more-or-less",
             *       "no",
             *       "no",
             *       "more-or-less",
             *       null
             *     ]
             */
            responses: ((string | number) | null)[];
            /**
             * Format: date
             * @example 2026-02-01
             */
            takenOn: string;
            /**
             * @description 0 is the baseline; 1, 2, … are follow-ups
             * @example 0
             */
            wave: number;
        };
        RegisterOrganisationDto: {
            /** @example Buurtwerk Noord */
            name: string;
        };
        RegisterProjectDto: {
            /**
             * Format: date
             * @example 2026-12-31
             */
            endsOn?: string | null;
            /**
             * @description Whether the project keeps a waiting-list or care-as-usual group
             * @default false
             */
            hasComparisonGroup: boolean;
            /**
             * @example [
             *       "djg-6",
             *       "who-5"
             *     ]
             */
            instruments: ("djg-6" | "djg-11" | "ucla-3" | "ons-direct" | "lsns-6" | "swemwbs" | "who-5" | "self-rated-health")[];
            /**
             * @example buddy
             * @enum {string}
             */
            interventionType: "buddy" | "neighbour-help" | "group-activity" | "phone-contact" | "practical-support" | "psychosocial-support" | "meaningful-activity" | "outreach" | "other";
            /** @example Buddies in Molenbeek */
            name: string;
            /**
             * Format: date
             * @example 2026-01-01
             */
            startsOn: string;
            /** @example People over 80 living alone */
            targetGroup?: string;
        };
        ReliableChangeDto: {
            /**
             * @description Share who worsened by more than the threshold
             * @example 0.033
             */
            deteriorated: number;
            /**
             * @description Share of paired participants who improved by more than the threshold
             * @example 0.3
             */
            improved: number;
            /**
             * @description 1.96 · √2 · SEM, in the scale’s own points (Jacobson & Truax)
             * @example 1.9
             */
            threshold: number;
        };
        RevokedQuestionnaireLinkDto: {
            /**
             * Format: uuid
             * @example 3f1c9a2e-5b7d-4e8f-9a6b-1c2d3e4f5a6b
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-12-09T14:05:00.000Z
             */
            revokedAt: string;
        };
        RevokedTokenDto: {
            /** Format: uuid */
            id: string;
            /** @example 2026-03-01T09:00:00.000Z */
            revokedAt: string;
        };
        ScaleRangeDto: {
            max: number;
            min: number;
        };
        ScaleSummaryDto: {
            categories: components["schemas"]["ScoreCategoryDto"][];
            /**
             * @example [
             *       1,
             *       2,
             *       3,
             *       4,
             *       5,
             *       6
             *     ]
             */
            itemNumbers: number[];
            /** @description How many of its items may be missing with the scale still scored */
            maxMissingItems: number;
            /** @example total */
            name: string;
            range: components["schemas"]["ScaleRangeDto"];
        };
        ScoreCategoryDto: {
            /** @example moderately-lonely */
            code: string;
            label: components["schemas"]["LocalisedTextDto"];
            max: number;
            min: number;
        };
        SessionDto: {
            /**
             * Format: uuid
             * @description An organisation token’s organisation
             */
            organisationId: string | null;
            /** @description A funder’s or evaluator’s granted projects; null for the other roles */
            projectIds: string[] | null;
            /**
             * @example funder
             * @enum {string}
             */
            role: "admin" | "organisation" | "funder" | "evaluator";
            /**
             * @description k: a funder sees no cell of 1 to k − 1 participants (docs/statistics.md, "Suppression")
             * @example 10
             */
            suppressionMinCell: number;
            /**
             * Format: uuid
             * @description The token’s own id (what an admin revokes)
             */
            tokenId: string;
        };
        SubmitQuestionnaireAnswersDto: {
            /**
             * @description Form posts only: the language of the next page
             * @enum {string}
             */
            lang?: "nl" | "fr" | "en";
            /**
             * @description One answer per item, in the instrument's order, with its answer codes; null marks a missing item
             * @example [
             *       "yes",
             *       "more-or-less",
             *       "no",
             *       "no",
             *       "more-or-less",
             *       null
             *     ]
             */
            responses: ((string | number) | null)[];
        };
        SubmittedQuestionnaireAnswersDto: {
            /**
             * @description The global position of the last event written
             * @example 42
             */
            position: string;
        };
        SynthesisRowDto: {
            /**
             * @description The project’s own estimate: difference.meanDifference (controlled) or the intervention arm’s meanChange
             * @example -0.62
             */
            effect: number;
            /** Format: uuid */
            projectId: string;
            /**
             * @description 1 = best shrunken estimate in the scale’s direction; ties by row order
             * @example 2
             */
            rank: number;
            /**
             * @description Empirical-Bayes estimate μ + τ²/(τ² + variance)·(effect − μ): small projects are pulled toward the pool
             * @example -0.55
             */
            shrunken: number;
            /**
             * @description Its squared standard error (Welch’s SE², or sdChange² / paired)
             * @example 0.031
             */
            variance: number;
        };
        TokenListDto: {
            tokens: components["schemas"]["ListedTokenDto"][];
        };
        TrajectoryPointDto: {
            /**
             * @description From wave 0; null at wave 0 or without a baseline
             * @example -2
             */
            change: number | null;
            /** @example djg-6 */
            instrument: string;
            /** Format: uuid */
            measurementId: string;
            /**
             * @description Against the reliable-change threshold of the participant's arm in the project
             * @enum {string|null}
             */
            reliableChange: "improved" | "deteriorated" | "unchanged" | null;
            /** @example total */
            scale: string;
            /** @example 2 */
            score: number;
            /** Format: date */
            takenOn: string;
            /** @example 1 */
            wave: number;
        };
        WithdrawConsentDto: {
            /**
             * Format: date
             * @example 2026-05-01
             */
            on: string;
        };
        WrittenDto: {
            /**
             * @description Global position of the last event written
             * @example 42
             */
            position: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    InstrumentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstrumentListDto"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    MeasurementsController_retract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                measurementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WrittenDto"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflict: a concurrent write, a duplicate reference, a request with this Idempotency-Key still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    MeasurementsController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                measurementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectMeasurementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasurementCorrectedDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflict: a concurrent write, a duplicate reference, a request with this Idempotency-Key still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A domain rule was broken (the message names it), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    OrganisationsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationRegisteredDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    OutcomesController_groupedOutcomes: {
        parameters: {
            query?: {
                /** @description The view as it stood at this instant, from the events recorded up to then */
                asOf?: string;
                /** @description Wait (at most 10 s) until the view includes this position, as answered by a write; else 503 */
                consistentWith?: string;
                /** @description How the participants are grouped into rows */
                groupBy?: "project" | "interventionType" | "ageBand" | "riskFactor" | "arm";
                /** @description The questionnaire; default: the project's first (across projects: the one most of them measure) */
                instrument?: "djg-6" | "djg-11" | "ucla-3" | "ons-direct" | "lsns-6" | "swemwbs" | "who-5" | "self-rated-health";
                /** @description The instrument's scale; default its main scale (`total`; `metric` for SWEMWBS; `percent` for WHO-5) */
                scale?: string;
                /** @description The follow-up wave compared with wave 0; default: each participant's latest scored wave above 0 */
                wave?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupedOutcomesDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not ready: the views have not caught up yet, or a store is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    OutcomesController_synthesis: {
        parameters: {
            query: {
                /** @description The view as it stood at this instant, from the events recorded up to then */
                asOf?: string;
                /** @description Wait (at most 10 s) until the view includes this position, as answered by a write; else 503 */
                consistentWith?: string;
                /** @description controlled: projects at that evidence level, their difference between arms; before-after: projects at either level, the intervention arm’s change */
                design: "controlled" | "before-after";
                /** @description The questionnaire; default: the project's first (across projects: the one most of them measure) */
                instrument?: "djg-6" | "djg-11" | "ucla-3" | "ons-direct" | "lsns-6" | "swemwbs" | "who-5" | "self-rated-health";
                /** @description Only the projects of this intervention type */
                interventionType?: "buddy" | "neighbour-help" | "group-activity" | "phone-contact" | "practical-support" | "psychosocial-support" | "meaningful-activity" | "outreach" | "other";
                /** @description The instrument's scale; default its main scale (`total`; `metric` for SWEMWBS; `percent` for WHO-5) */
                scale?: string;
                /** @description The follow-up wave compared with wave 0; default: each participant's latest scored wave above 0 */
                wave?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeSynthesisDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not ready: the views have not caught up yet, or a store is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ParticipantsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantRecordDto"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ParticipantsController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WrittenDto"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflict: a concurrent write, a duplicate reference, a request with this Idempotency-Key still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ParticipantsController_withdrawConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawConsentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WrittenDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflict: a concurrent write, a duplicate reference, a request with this Idempotency-Key still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A domain rule was broken (the message names it), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ParticipantsController_logContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogContactDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWithIdDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflict: a concurrent write, a duplicate reference, a request with this Idempotency-Key still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A domain rule was broken (the message names it), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ParticipantsController_recordExit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordExitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WrittenDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflict: a concurrent write, a duplicate reference, a request with this Idempotency-Key still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A domain rule was broken (the message names it), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ParticipantsController_recordMeasurement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordMeasurementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasurementRecordedDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflict: a concurrent write, a duplicate reference, a request with this Idempotency-Key still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A domain rule was broken (the message names it), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    QuestionnaireLinksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireLinkListDto"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    QuestionnaireLinksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQuestionnaireLinkDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedQuestionnaireLinkDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflict: a concurrent write, a duplicate reference, a request with this Idempotency-Key still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A domain rule was broken (the message names it), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    PowerController_plan: {
        parameters: {
            query: {
                /** @description Two-sided significance level, above 0, at most 0.5 */
                alpha?: string;
                /** @description The share of those enrolled expected to leave before their follow-up, from 0, below 0.95 */
                attrition?: string;
                /** @description before-after: paired t-test of the change; controlled: two equal arms, t-test of their changes */
                design: "controlled" | "before-after";
                /** @description The standardised effect d to show, from 0.01 to 10 */
                effectSize: string;
                /** @description The power to reach, above alpha and below 1 */
                power?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PowerPlanDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ProjectsController_list: {
        parameters: {
            query?: {
                /** @description The view as it stood at this instant, from the events recorded up to then */
                asOf?: string;
                /** @description Wait (at most 10 s) until the view includes this position, as answered by a write; else 503 */
                consistentWith?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectListDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not ready: the views have not caught up yet, or a store is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ProjectsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterProjectDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWithIdDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ProjectsController_one: {
        parameters: {
            query?: {
                /** @description The view as it stood at this instant, from the events recorded up to then */
                asOf?: string;
                /** @description Wait (at most 10 s) until the view includes this position, as answered by a write; else 503 */
                consistentWith?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectSummaryDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not ready: the views have not caught up yet, or a store is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ProjectViewsController_doseResponse: {
        parameters: {
            query?: {
                /** @description The view as it stood at this instant, from the events recorded up to then */
                asOf?: string;
                /** @description Lower bounds of the bands in contact hours, from 0, increasing; the last band is open */
                bands?: string;
                /** @description Wait (at most 10 s) until the view includes this position, as answered by a write; else 503 */
                consistentWith?: string;
                /** @description The questionnaire; default: the project's first (across projects: the one most of them measure) */
                instrument?: "djg-6" | "djg-11" | "ucla-3" | "ons-direct" | "lsns-6" | "swemwbs" | "who-5" | "self-rated-health";
                /** @description The instrument's scale; default its main scale (`total`; `metric` for SWEMWBS; `percent` for WHO-5) */
                scale?: string;
                /** @description The follow-up wave compared with wave 0; default: each participant's latest scored wave above 0 */
                wave?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoseResponseDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not ready: the views have not caught up yet, or a store is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ProjectViewsController_enrolment: {
        parameters: {
            query?: {
                /** @description The view as it stood at this instant, from the events recorded up to then */
                asOf?: string;
                /** @description Wait (at most 10 s) until the view includes this position, as answered by a write; else 503 */
                consistentWith?: string;
                /** @description Calendar months from the project’s start */
                interval?: "month";
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectEnrolmentDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not ready: the views have not caught up yet, or a store is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ProjectsController_events: {
        parameters: {
            query?: {
                /** @description The view as it stood at this instant, from the events recorded up to then */
                asOf?: string;
                /** @description Wait (at most 10 s) until the view includes this position, as answered by a write; else 503 */
                consistentWith?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/x-ndjson, one event per line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ProjectViewsController_measurementsDue: {
        parameters: {
            query?: {
                /** @description Weeks after the last measurement of an instrument at which the next wave is due */
                afterWeeks?: string;
                /** @description The view as it stood at this instant, from the events recorded up to then */
                asOf?: string;
                /** @description Wait (at most 10 s) until the view includes this position, as answered by a write; else 503 */
                consistentWith?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasurementsDueDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not ready: the views have not caught up yet, or a store is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    OutcomesController_projectOutcome: {
        parameters: {
            query?: {
                /** @description The view as it stood at this instant, from the events recorded up to then */
                asOf?: string;
                /** @description Wait (at most 10 s) until the view includes this position, as answered by a write; else 503 */
                consistentWith?: string;
                /** @description The questionnaire; default: the project's first (across projects: the one most of them measure) */
                instrument?: "djg-6" | "djg-11" | "ucla-3" | "ons-direct" | "lsns-6" | "swemwbs" | "who-5" | "self-rated-health";
                /** @description The instrument's scale; default its main scale (`total`; `metric` for SWEMWBS; `percent` for WHO-5) */
                scale?: string;
                /** @description The follow-up wave compared with wave 0; default: each participant's latest scored wave above 0 */
                wave?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not ready: the views have not caught up yet, or a store is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ProjectsController_participants: {
        parameters: {
            query?: {
                /** @description The view as it stood at this instant, from the events recorded up to then */
                asOf?: string;
                /** @description Wait (at most 10 s) until the view includes this position, as answered by a write; else 503 */
                consistentWith?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantListDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not ready: the views have not caught up yet, or a store is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ParticipantsController_enrol: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrolParticipantDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWithIdDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflict: a concurrent write, a duplicate reference, a request with this Idempotency-Key still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ProjectViewsController_trajectory: {
        parameters: {
            query?: {
                /** @description The view as it stood at this instant, from the events recorded up to then */
                asOf?: string;
                /** @description Wait (at most 10 s) until the view includes this position, as answered by a write; else 503 */
                consistentWith?: string;
            };
            header?: never;
            path: {
                participantId: string;
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantTrajectoryDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not ready: the views have not caught up yet, or a store is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    QuestionnaireLinksController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                linkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedQuestionnaireLinkDto"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflict: a concurrent write, a duplicate reference, a request with this Idempotency-Key still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A domain rule was broken (the message names it), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    SessionController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    TokensController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenListDto"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    TokensController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedTokenDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    TokensController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedTokenDto"];
                };
            };
            /** @description No token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description This role may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example ok */
                        status?: string;
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example error */
                        status?: string;
                    };
                };
            };
        };
    };
    SelfCompletionController_page: {
        parameters: {
            query?: {
                /** @description The page's language; the link's own by default */
                lang?: "nl" | "fr" | "en";
            };
            header?: never;
            path: {
                /** @description The secret of a link, as its url gives it */
                secret: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The questionnaire page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflict: a concurrent write, a duplicate reference, a request with this Idempotency-Key still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Gone: the participant this Idempotency-Key was used for was erased */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    SelfCompletionController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret of a link, as its url gives it */
                secret: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitQuestionnaireAnswersDto"];
                "application/x-www-form-urlencoded": components["schemas"]["SubmitQuestionnaireAnswersDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmittedQuestionnaireAnswersDto"];
                };
            };
            /** @description Malformed or invalid input: every failing field is named by its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflict: a concurrent write, a duplicate reference, a request with this Idempotency-Key still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Gone: the participant this Idempotency-Key was used for was erased */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
}
