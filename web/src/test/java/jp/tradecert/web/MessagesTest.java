package jp.tradecert.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import jp.tradecert.account.AuditAction;
import jp.tradecert.account.ProposalKind;
import jp.tradecert.account.Role;
import jp.tradecert.account.StaffRank;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.platform.RefusedForReason;
import org.junit.jupiter.api.Test;

/**
 * The screens' words in both languages: Japanese (the base bundle) and English have the same keys, every refusal of
 * the domain ({@link BusinessException}: {@code error.<SimpleName>}) has a message, and so has every value of the
 * names the console shows by key (an audit line's action, a proposal's kind, a role, a rank), so that a new value
 * never shows as "an unexpected error" or a raw key.
 */
class MessagesTest {

    private static final ResourceBundle JAPANESE = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);

    @Test
    void japaneseAndEnglishHaveTheSameKeys() {
        assertThat(ENGLISH.getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(JAPANESE.keySet()).as("the keys of both bundles").containsExactlyInAnyOrderElementsOf(
                ENGLISH.keySet());
    }

    @Test
    void everyRefusalOfTheDomainHasAMessage() throws Exception {
        List<String> keys = new ArrayList<>();
        for (JavaClass found : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.tradecert")) {
            if (!found.isAssignableTo(BusinessException.class) || found.getModifiers().contains(JavaModifier.ABSTRACT)) {
                continue;
            }
            Class<?> refusal = Class.forName(found.getName());
            if (RefusedForReason.class.isAssignableFrom(refusal) || declaresMessageKey(refusal)) {
                // a message per reason: error.<SimpleName>.<REASON>, the reasons an enum of the refusal's own
                List<Class<?>> reasons = Stream.of(refusal.getDeclaredClasses()).filter(Class::isEnum).toList();
                assertThat(reasons).as(refusal.getSimpleName() + "'s reasons").hasSize(1);
                for (Object reason : reasons.get(0).getEnumConstants()) {
                    keys.add("error." + refusal.getSimpleName() + "." + ((Enum<?>) reason).name());
                }
            } else {
                keys.add("error." + refusal.getSimpleName());
            }
        }
        assertThat(keys).as("the refusals found").hasSizeGreaterThan(40);
        assertThat(missing(keys.stream())).isEmpty();
    }

    private static boolean declaresMessageKey(Class<?> refusal) {
        for (Class<?> type = refusal; type != BusinessException.class; type = type.getSuperclass()) {
            if (Stream.of(type.getDeclaredMethods()).anyMatch(method -> method.getName().equals("messageKey"))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyNameTheConsoleShowsByKeyHasAMessage() {
        Stream<String> keys = Stream.of(
                Stream.of(AuditAction.values()).map(value -> "AuditAction." + value),
                Stream.of(ProposalKind.values()).map(value -> "ProposalKind." + value),
                Stream.of(Role.values()).map(value -> "Role." + value),
                Stream.of(StaffRank.values()).map(value -> "StaffRank." + value)).flatMap(names -> names);
        assertThat(missing(keys)).isEmpty();
    }

    private static List<String> missing(Stream<String> keys) {
        List<String> missing = new ArrayList<>();
        keys.forEach(key -> {
            if (!JAPANESE.containsKey(key) || !ENGLISH.containsKey(key)) {
                missing.add(key);
            }
        });
        return missing;
    }
}
