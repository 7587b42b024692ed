/**
 * A deliberately broken package tree: every class here breaks one or more of Depder's architecture
 * rules, so that {@code ArchitectureRulesDetectViolationsTest} can prove each rule really fails.
 * Nothing here is production code.
 */
package archfixture;
