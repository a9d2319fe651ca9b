package kz.creativeeconomy.challenge;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.Supplier;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;
import kz.creativeeconomy.editing.EditableCatalogue;
import kz.creativeeconomy.editing.FieldChecks;
import kz.creativeeconomy.editing.RowMapping;
import kz.creativeeconomy.source.Source;
import kz.creativeeconomy.source.SourceService;
import org.mapstruct.Mapper;
import org.mapstruct.MappingTarget;
import org.mapstruct.factory.Mappers;

/**
 * What editing a challenge means: its checks, the one row of the paper's table it may take, and how a body maps onto
 * the row. Nothing refers to a challenge, so any challenge can be deleted. The shared write path is
 * {@link kz.creativeeconomy.editing.CatalogueEditor}.
 */
@Singleton
public class ChallengeEditing extends EditableCatalogue<Challenge, ChallengeInput> {

    private static final Row ROW = Mappers.getMapper(Row.class);

    static final List<String> PAPER_TABLES = Challenge.TABLES.stream().map(n -> "Table " + n).toList();

    private final ChallengeService challenges;
    private final SourceService sources;

    ChallengeEditing(ChallengeService challenges, SourceService sources) {
        super(new Definition<>("challenge", "v1/challenges", ChallengeInput.class, challenges::find, Challenge::new, c -> c.id,
                ChallengeInput::id, ChallengeInput::of));
        this.challenges = challenges;
        this.sources = sources;
    }

    /** The list is ordered and paged by table and row, so two challenges in one row would make a page skip one. */
    @Override
    public void requireNoConflict(ChallengeInput input, Challenge current) {
        String ownId = current == null ? null : current.id;
        challenges.inRow(input.paperTable(), input.ordinal()).filter(other -> !other.id.equals(ownId)).ifPresent(other -> {
            throw new ProblemException(409, ProblemTypes.CONFLICT, "Row taken",
                    input.paperTable() + " row " + input.ordinal() + " is challenge " + other.id
                            + ". Choose a free row, or move that challenge first. Nothing was changed.", null);
        });
    }

    @Override
    protected Supplier<Checked<Challenge, ChallengeInput>> check(ChallengeInput input, Challenge current, FieldChecks checks) {
        String id = checks.publicKey("id", input.id(), current == null ? null : current.id, "culture-rural-clubs", "challenge");
        String paperTable = checks.oneOf("paper_table", input.paperTable(), PAPER_TABLES, true);
        Integer ordinal = checks.integer("ordinal", input.ordinal(), 1, 999, true);
        String identifiedBy = checks.oneOf("identified_by", input.identifiedBy(), Challenge.PARTIES, true);
        String solutionsBy = checks.oneOf("solutions_by", input.solutionsBy(), Challenge.PARTIES, true);
        String problemArea = checks.requiredText("problem_area_en", input.problemAreaEn(), FieldChecks.NAME_LENGTH, "a short label of the problem area");
        String problem = checks.requiredText("problem_en", input.problemEn(), FieldChecks.TEXT_LENGTH, "the problem, in English");
        List<String> issues = checks.texts("issues_en", input.issuesEn(), FieldChecks.TEXT_LENGTH);
        List<String> solutions = checks.texts("solutions_en", input.solutionsEn(), FieldChecks.TEXT_LENGTH);
        Source source = checks.reference("source", input.source(), true, sources::find, "a source id listed by /v1/sources");
        return () -> {
            ChallengeInput checked = new ChallengeInput(id, paperTable, ordinal, identifiedBy, solutionsBy, problemArea, problem, issues, solutions,
                    source.id, input.reason());
            return new Checked<>(checked, challenge -> {
                ROW.apply(checked, challenge);
                challenge.source = source;
            });
        };
    }

    /** The input's fields onto the row; the source is the row the checks found. */
    @Mapper(config = RowMapping.class)
    interface Row {
        void apply(ChallengeInput input, @MappingTarget Challenge challenge);
    }
}
