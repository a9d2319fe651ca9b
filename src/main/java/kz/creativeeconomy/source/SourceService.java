package kz.creativeeconomy.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SourceService {

    public List<Source> list(Integer referenceNumber) {
        return referenceNumber == null ? Source.listAll() : Source.list("referenceNumber", referenceNumber);
    }

    public Optional<Source> find(String id) {
        return Source.findByIdOptional(id);
    }
}
