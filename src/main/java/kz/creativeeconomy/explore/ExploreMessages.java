package kz.creativeeconomy.explore;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the explorer's interface, English here; messages/msg_ru.properties and msg_kk.properties translate
 * them. Qute checks at build time that templates only use messages declared here. Data names are not here: they come
 * from the database in the language the API would serve.
 */
@MessageBundle(value = "msg", locale = "en")
public interface ExploreMessages {

    @Message("Creative economy of Kazakhstan") String siteName();
    @Message("Skip to content") String skipToContent();
    @Message("Search indicators, regions, organisations and events") String searchLabel();
    @Message("Search") String searchButton();
    @Message("Language") String languageLabel();
    @Message("Open data: every value carries its unit, period, status and source.") String footerData();
    @Message("API documentation") String apiDocs();
    @Message("Explorer home") String home();
    @Message("in English: no translation yet") String fallbackNote();

    @Message("Find, chart and cite the creative economy of Kazakhstan") String homeTitle();
    @Message("Figures on the creative industries and the cultural sector of Kazakhstan, East Kazakhstan region in front, from Astafyeva and Konopyanova (2025) and the statistics they cite. Search in Kazakh, Russian or English.") String homeIntro();
    @Message("Indicators") String indicators();
    @Message("Regions") String regions();
    @Message("Try") String tryQueries();
    @Message("Creative economy") String topicCreativeEconomy();
    @Message("Culture") String topicCulture();
    @Message("Economy") String topicMacroeconomy();
    @Message("Labour and wages") String topicLabour();
    @Message("Living standards") String topicLivingStandards();
    @Message("Population") String topicDemography();
    @Message("Business") String topicBusiness();
    @Message("Industry") String topicIndustry();
    @Message("Construction") String topicConstruction();
    @Message("Prices") String topicPrices();

    @Message("Search results") String searchTitle();
    @Message("{count} results for “{query}”") String searchCount(int count, String query);
    @Message("Nothing found for “{query}”. Try another spelling, or another language.") String searchNothing(String query);
    @Message("Type at least {min} characters.") String searchTooShort(int min);
    @Message("Indicator") String kindIndicator();
    @Message("Region") String kindRegion();
    @Message("Cultural organisation") String kindOrganisation();
    @Message("Event") String kindEvent();

    @Message("Chart") String tabChart();
    @Message("Table") String tabTable();
    @Message("View") String viewLabel();
    @Message("Region") String region();
    @Message("Period") String period();
    @Message("Value") String value();
    @Message("Unit") String unit();
    @Message("Status") String status();
    @Message("Note") String footnote();
    @Message("Source") String source();
    @Message("final") String statusFinal();
    @Message("provisional") String statusProvisional();
    @Message("estimated") String statusEstimated();
    @Message("break in series") String statusBreak();
    @Message("Values of {indicator}, {unit}") String tableCaption(String indicator, String unit);
    @Message("Breakdown") String breakdown();
    @Message("Total") String total();
    @Message("This indicator has no total for the regions shown: it is published by “{dimension}”. Shown: {member}. Pick another:") String breakdownPicked(String dimension, String member);
    @Message("No values in this range.") String noValues();
    @Message("Choose regions and range") String controls();
    @Message("From") String from();
    @Message("To") String to();
    @Message("Show") String apply();

    @Message("Changes") String changes();
    @Message("Change on the year before") String yoyChange();
    @Message("Change on the year before, %") String yoyPercent();
    @Message("Index, {base} = 100") String index(String base);
    @Message("Index, base period = 100") String indexFormula();
    @Message("Compound annual growth rate, % a year") String cagr();
    @Message("Total change over the range") String totalChange();
    @Message("Total change over the range, %") String totalChangePercent();
    /** The change of a percent indicator (a share) in its own unit: percentage points, never "%", which reads as a relative change. */
    @Message("Change on the year before, p.p.") String yoyChangePoints();
    @Message("Total change over the range, p.p.") String totalChangePoints();
    @Message("Formula") String formula();
    @Message("Computed as") String computedAs();
    @Message("not available") String notAvailable();
    @Message("v[t] is the value of a period, v[t-1] of the same period one year earlier.") String formulaLegend();

    @Message("{period}: {region} ranked {rank} of the {count} regions with data for {period}, with {value} {unit}.") String summaryRank(String period, String region, String rank, int count, String value, String unit);
    @Message("{period}: {region}, {value} {unit}.") String summaryValue(String period, String region, String value, String unit);
    @Message("From {first} to {last}: {percent}% ({firstValue} to {lastValue}).") String summaryChange(String first, String last, String percent, String firstValue, String lastValue);
    @Message("From {first} to {last}: {change} p.p. ({firstValue} to {lastValue}).") String summaryChangePoints(String first, String last, String change, String firstValue, String lastValue);
    @Message("From {first} to {last}: from {firstValue} to {lastValue}.") String summaryChangeAbsolute(String first, String last, String firstValue, String lastValue);

    @Message("Source") String citation();
    @Message("Published by") String publisher();
    @Message("Where the paper prints it") String locator();
    @Message("Cited in") String citedIn();
    @Message("Reference [{number}] of the paper") String reference(int number);
    @Message("How to cite") String howToCite();
    @Message("{publisher}. {title}. Cited in: {paper}, {locator}. Retrieved from the Creative Economy of Kazakhstan open-data API, {url}, on {date}.") String citeText(String publisher, String title, String paper, String locator, String url, String date);
    @Message("Copy") String copy();
    @Message("Copied") String copied();

    @Message("The data behind this page") String apiTitle();
    @Message("Download") String download();
    @Message("Image, PNG") String downloadPng();
    @Message("Image, SVG") String downloadSvg();
    @Message("Data, CSV") String downloadCsv();
    @Message("Embed this chart") String embed();
    @Message("Paste this into your article; the chart sizes itself.") String embedHint();
    @Message("Embed code") String embedCode();
    @Message("Command line") String curlLabel();

    @Message("Key indicators") String keyIndicators();
    @Message("Latest value") String latestValue();
    @Message("Kazakhstan, same period") String nationalValue();
    @Message("Trend") String trend();
    @Message("Cultural organisations") String organisations();
    @Message("Events") String events();
    @Message("Boundary history") String boundaryHistory();
    @Message("{date}: {kind}, {from} → {to}") String succession(String date, String kind, String from, String to);
    @Message("split") String successionSplit();
    @Message("merge") String successionMerge();
    @Message("rename") String successionRename();
    @Message("transfer") String successionTransfer();
    @Message("Valid from {date}") String validFrom(String date);
    @Message("Valid until {date}") String validTo(String date);
    @Message("Part of") String partOf();
    @Message("Places inside") String children();
    @Message("None recorded.") String noneRecorded();
    @Message("Level") String level();
    @Message("Code") String code();
    // The values of region.level, event.kind and cultural_organisation.type in use; a value not named here is shown as the
    // API gives it, marked English (Lang.term).
    @Message("world") String levelWorld();
    @Message("country") String levelCountry();
    @Message("city of republican significance") String levelCityOfRepublicanSignificance();
    @Message("region") String levelRegion();
    @Message("district") String levelDistrict();
    @Message("city") String levelCity();
    @Message("festival") String eventKindFestival();
    @Message("performance") String eventKindPerformance();
    @Message("fair") String eventKindFair();
    @Message("exhibition") String eventKindExhibition();
    @Message("forum") String eventKindForum();
    @Message("educational programme") String eventKindEducationalProgramme();
    @Message("museum programme") String eventKindMuseumProgramme();
    @Message("library") String typeLibrary();
    @Message("club institution") String typeClubInstitution();
    @Message("museum") String typeMuseum();
    @Message("theatre") String typeTheatre();
    @Message("concert organisation") String typeConcertOrganisation();
    @Message("concert hall") String typeConcertHall();
    @Message("government body") String typeGovernmentBody();
    @Message("council") String typeCouncil();
    @Message("creative industry centre") String typeCreativeIndustryCentre();
    @Message("university") String typeUniversity();

    @Message("Type") String type();
    @Message("Description") String description();
    @Message("Figures about it") String figures();
    @Message("Kind") String kind();
    @Message("Year") String year();
    @Message("Dates") String dates();
    @Message("Place") String place();
    @Message("Organiser") String organiser();
    @Message("Aimed at") String target();
    @Message("Results") String results();
    @Message("Countries taking part") String countries();
    @Message("In the API") String inTheApi();

    @Message("Page not found") String errorNotFound();
    @Message("This page cannot be shown") String errorCannotShow();
    @Message("The service is not available just now") String errorUnavailable();
    @Message("There is nothing at this address.") String errorNoPage();
    @Message("There is no indicator with the code “{code}”.") String errorNoIndicator(String code);
    @Message("There is no region “{slug}”.") String errorNoRegion(String slug);
    @Message("There is no cultural organisation “{id}”.") String errorNoOrganisation(String id);
    @Message("There is no event “{id}”.") String errorNoEvent(String id);
    @Message("A parameter of the address has a value this page cannot use:") String errorParameters();
    @Message("The address cannot be read as it is.") String errorRequest();
    @Message("Please try again in a minute.") String errorTryLater();
    @Message("Parameter") String errorParameter();
    @Message("Problem") String errorReason();
    @Message("Allowed") String errorAllowed();
    @Message("Details for developers") String errorDetails();
    @Message("Request id") String errorRequestId();
    @Message("Search above, or start again from the explorer home.") String errorWayBack();
}
