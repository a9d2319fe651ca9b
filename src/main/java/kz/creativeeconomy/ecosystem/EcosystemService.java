package kz.creativeeconomy.ecosystem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

/** Reads the Collaborative Ecosystem Model, each part in the order of its axes (see ModelAxes). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EcosystemService {

    public List<EcosystemContribution> contributions() {
        List<EcosystemContribution> cells = EcosystemContribution.list("from EcosystemContribution c join fetch c.source");
        return cells.stream().sorted(Comparator.comparing((EcosystemContribution c) -> c.key.actor(), ModelAxes.actorOrder())
                .thenComparing(c -> c.key.aspect(), ModelAxes.aspectOrder())).toList();
    }

    public List<EcosystemAdaptation> adaptation() {
        List<EcosystemAdaptation> rows = EcosystemAdaptation.list("from EcosystemAdaptation a join fetch a.source");
        return rows.stream().sorted(Comparator.comparing((EcosystemAdaptation a) -> a.actor, ModelAxes.actorOrder())).toList();
    }

    public List<EcosystemRecommendation> recommendations() {
        List<EcosystemRecommendation> rows = EcosystemRecommendation.list("from EcosystemRecommendation r join fetch r.source");
        return rows.stream().sorted(Comparator.comparing((EcosystemRecommendation r) -> r.key.actor(), ModelAxes.actorOrder())
                .thenComparing(r -> r.key.ordinal())).toList();
    }
}
