package kz.creativeeconomy.region.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Names", description = "A name in each language; null where no official translation is recorded.")
public record Names(@Schema(examples = "East Kazakhstan region") String en,
                    @Schema(examples = "Восточно-Казахстанская область", nullable = true) String ru,
                    @Schema(examples = "Шығыс Қазақстан облысы", nullable = true) String kk) {
}
