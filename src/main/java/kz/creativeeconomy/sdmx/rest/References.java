package kz.creativeeconomy.sdmx.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The SDMX REST references parameter, declared once for every structure that can name others. */
public class References {

    @Parameter(description = "Also the structures this one refers to: none (default), children (those it names), "
            + "descendants (and what they name), parents (those naming it) or all (parents and descendants).",
            schema = @Schema(enumeration = {"none", "children", "descendants", "parents", "all"}))
    @QueryParam("references")
    String value;
}
