package kz.creativeeconomy.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import kz.creativeeconomy.audit.AuditLog;
import kz.creativeeconomy.auth.Caller;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;
import kz.creativeeconomy.http.CatalogueWrites;
import kz.creativeeconomy.http.FieldChecks;
import kz.creativeeconomy.http.WriteRequests;
import kz.creativeeconomy.source.Source;
import kz.creativeeconomy.source.SourceService;

/**
 * Creates, changes and deletes challenges. Nothing refers to a challenge, so any challenge can be deleted. Every write
 * leaves an audit entry; the catalogue keeps no other history.
 */
@ApplicationScoped
public class ChallengeWriter {

    static final List<String> PAPER_TABLES = Challenge.TABLES.stream().map(n -> "Table " + n).toList();

    @Inject
    ChallengeService challenges;
    @Inject
    SourceService sources;
    @Inject
    WriteRequests writes;
    @Inject
    CatalogueWrites catalogue;
    @Inject
    AuditLog audit;

    /** A validated body, with the source it names. */
    private record Checked(ChallengeInput input, Source source) {
    }

    @Transactional
    public String create(ChallengeInput input, Caller.Identity who, String path) {
        Checked checked = check(input, null);
        String id = checked.input().id();
        challenges.find(id).ifPresent(existing -> {
            throw new ProblemException(409, ProblemTypes.CONFLICT, "Already exists",
                    "Challenge " + id + " already exists. Change it with PUT /v1/challenges/" + id + ", or choose another id.", null);
        });
        requireFreeRow(checked.input(), null);
        Challenge challenge = new Challenge();
        challenge.id = id;
        apply(checked, challenge);
        catalogue.insert(challenge, "challenge " + id);
        audit.record(who, "POST", path, "challenge", id, null, catalogue.created(checked.input(), input.reason()));
        return id;
    }

    @Transactional
    public void update(String id, ChallengeInput input, String ifMatch, Caller.Identity who, String path) {
        Challenge challenge = require(id);
        ChallengeInput before = ChallengeInput.of(challenge);
        Checked checked = check(input, challenge);
        writes.requireCurrent(ifMatch);
        requireFreeRow(checked.input(), id);
        apply(checked, challenge);
        catalogue.flush("challenge " + id);
        audit.record(who, "PUT", path, "challenge", id, null, catalogue.updated(before, checked.input(), input.reason()));
    }

    @Transactional
    public void delete(String id, String reason, String ifMatch, Caller.Identity who, String path) {
        Challenge challenge = require(id);
        FieldChecks checks = new FieldChecks();
        checks.reason(reason);
        checks.throwIfAny();
        writes.requireCurrent(ifMatch);
        ChallengeInput old = ChallengeInput.of(challenge);
        catalogue.delete(challenge, "challenge " + id);
        audit.record(who, "DELETE", path, "challenge", id, null, catalogue.deleted(old, reason));
    }

    private Challenge require(String id) {
        return challenges.find(id).orElseThrow(() -> ProblemException.notFound("challenge", id, "Use an id listed by /v1/challenges."));
    }

    /** The list is ordered and paged by table and row, so two challenges in one row would make a page skip one. */
    private void requireFreeRow(ChallengeInput input, String ownId) {
        challenges.inRow(input.paperTable(), input.ordinal()).filter(other -> !other.id.equals(ownId)).ifPresent(other -> {
            throw new ProblemException(409, ProblemTypes.CONFLICT, "Row taken",
                    input.paperTable() + " row " + input.ordinal() + " is challenge " + other.id
                            + ". Choose a free row, or move that challenge first. Nothing was changed.", null);
        });
    }

    private Checked check(ChallengeInput input, Challenge current) {
        FieldChecks checks = new FieldChecks();
        String id;
        if (current == null) {
            id = checks.kebabCase("id", input.id(), "culture-rural-clubs");
        } else {
            id = current.id;
            checks.unchanged("id", input.id(), current.id, "challenge");
        }
        String paperTable = checks.oneOf("paper_table", input.paperTable(), PAPER_TABLES, true);
        Integer ordinal = checks.integer("ordinal", input.ordinal(), 1, 999, true);
        String identifiedBy = checks.oneOf("identified_by", input.identifiedBy(), Challenge.PARTIES, true);
        String solutionsBy = checks.oneOf("solutions_by", input.solutionsBy(), Challenge.PARTIES, true);
        String problemArea = checks.requiredText("problem_area_en", input.problemAreaEn(), FieldChecks.NAME_LENGTH, "a short label of the problem area");
        String problem = checks.requiredText("problem_en", input.problemEn(), FieldChecks.TEXT_LENGTH, "the problem, in English");
        List<String> issues = checks.texts("issues_en", input.issuesEn(), FieldChecks.TEXT_LENGTH);
        List<String> solutions = checks.texts("solutions_en", input.solutionsEn(), FieldChecks.TEXT_LENGTH);
        Source source = checks.reference("source", input.source(), true, sources::find, "a source id listed by /v1/sources");
        checks.reason(input.reason());
        checks.throwIfAny();
        return new Checked(new ChallengeInput(id, paperTable, ordinal, identifiedBy, solutionsBy, problemArea, problem, issues, solutions,
                source.id, input.reason()), source);
    }

    private static void apply(Checked checked, Challenge challenge) {
        ChallengeInput input = checked.input();
        challenge.paperTable = input.paperTable();
        challenge.ordinal = input.ordinal();
        challenge.identifiedBy = input.identifiedBy();
        challenge.solutionsBy = input.solutionsBy();
        challenge.problemAreaEn = input.problemAreaEn();
        challenge.problemEn = input.problemEn();
        challenge.issuesEn = new ArrayList<>(input.issuesEn());
        challenge.solutionsEn = new ArrayList<>(input.solutionsEn());
        challenge.source = checked.source();
    }
}
