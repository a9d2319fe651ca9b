package kz.creativeeconomy.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts the code writes in English, translated from the bundles messages/{name}_{en,ru,kk}.properties. The English
 * bundle holds the code's own wording: a text is found by it, whole, as a template whose {0}, {1}... stand for what
 * varies (a parameter name, a period code, a number), and the same key of the reader's bundle gives the translation with
 * the same values put in. The code keeps one wording and no keys, and a text no template matches stays English: the
 * caller can tell (see {@link #translate}) and say so.
 */
public final class MessageTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private final String name;
    private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);
    private final List<Template> templates = new ArrayList<>();

    private record Template(String key, Pattern english) {
    }

    private MessageTemplates(String name) {
        this.name = name;
        for (Language language : Language.values()) {
            bundles.put(language, properties("/messages/" + name + "_" + language.name() + ".properties"));
        }
        bundles.get(Language.en).forEach((key, text) -> templates.add(new Template((String) key, pattern((String) text))));
        // Longer templates first, so a specific wording wins over a general one that also matches it.
        templates.sort((a, b) -> Integer.compare(b.english().pattern().length(), a.english().pattern().length()));
        for (Language language : Language.values()) {
            if (!bundles.get(language).keySet().equals(bundles.get(Language.en).keySet())) {
                throw new IllegalStateException("messages/" + name + "_" + language + ".properties must have exactly the keys of the English one");
            }
        }
    }

    /** The bundles messages/{name}_*.properties; fails at once when one is missing or lacks a key of the English one. */
    public static MessageTemplates load(String name) {
        return new MessageTemplates(name);
    }

    /** The text in this language; English when it is English, null, or matches no template of this kind. */
    public String text(String english, String kind, Language language) {
        Language.Localized translated = translate(english, kind, language);
        return translated == null ? english : translated.text();
    }

    /**
     * The text in this language by the first template whose key starts with kind ("title.", "reason."...) and that
     * matches it whole; null when none does (or the text is null).
     */
    public Language.Localized translate(String english, String kind, Language language) {
        if (english == null) {
            return null;
        }
        for (Template template : templates) {
            if (!template.key().startsWith(kind)) {
                continue;
            }
            Matcher matcher = template.english().matcher(english);
            if (matcher.matches()) {
                String translated = bundles.get(language).getProperty(template.key());
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    translated = translated.replace("{" + (group - 1) + "}", matcher.group(group));
                }
                return new Language.Localized(translated, language);
            }
        }
        return null;
    }

    /**
     * The text of {@code key} in this language, each {n} replaced by values[n] in one pass (a value is never read as a
     * placeholder), for texts the code asks for by key rather than writes in English.
     */
    public String format(String key, Language language, Object... values) {
        String text = bundles.get(language).getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("messages/" + name + "_" + language + ".properties has no " + key);
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(String.valueOf(values[Integer.parseInt(placeholder.group(1))])));
        }
        return placeholder.appendTail(filled).toString();
    }

    /** A template as a pattern: its literal text quoted, and (.+?) for each {n}, which must come in order. */
    private Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        int at = 0;
        int expected = 0;
        while (placeholder.find()) {
            if (Integer.parseInt(placeholder.group(1)) != expected++) {
                throw new IllegalStateException(name + ": placeholders must come in order {0}, {1}, ...: " + template);
            }
            regex.append(Pattern.quote(template.substring(at, placeholder.start()))).append("(.+?)");
            at = placeholder.end();
        }
        regex.append(Pattern.quote(template.substring(at)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static Properties properties(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
