package kz.creativeeconomy.editing;

import kz.creativeeconomy.source.Cited;
import kz.creativeeconomy.source.NamedAndCited;
import org.mapstruct.CollectionMappingStrategy;
import org.mapstruct.MapperConfig;
import org.mapstruct.Mapping;
import org.mapstruct.MappingInheritanceStrategy;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;

/**
 * How a catalogue's checked input record is copied onto its row: each catalogue's {@code Row} mapper, whose
 * field-by-field copy MapStruct writes at compile time. A row field that is neither mapped nor ignored fails the
 * build, so a new column cannot be silently left out of edits. Collections are copied, never filled in place: Hibernate
 * sees an array column change only when the field gets a new list. References (source, region, organisation, parent)
 * are the rows the checks looked up and are set by hand; the source of every cited row is ignored here, once.
 */
@MapperConfig(unmappedTargetPolicy = ReportingPolicy.ERROR, collectionMappingStrategy = CollectionMappingStrategy.TARGET_IMMUTABLE,
        mappingInheritanceStrategy = MappingInheritanceStrategy.AUTO_INHERIT_FROM_CONFIG)
public interface RowMapping {

    @Mapping(target = "source", ignore = true)
    void cited(Object input, @MappingTarget Cited row);

    @Mapping(target = "source", ignore = true)
    void namedAndCited(Object input, @MappingTarget NamedAndCited row);
}
