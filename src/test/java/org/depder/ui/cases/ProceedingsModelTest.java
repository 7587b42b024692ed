package org.depder.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.depder.app.cases.CaseLabels;
import org.depder.app.cases.CaseProceedings;
import org.depder.app.cases.CaseService;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.CaseRuleException;
import org.depder.domain.cases.ClaimStatus;
import org.depder.domain.cases.CompensationClaim;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.Sex;
import org.depder.ui.LiveTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proceedings model without a screen, over a real vault: the refusals that the keyboard test
 * does not walk (bad currency, bad date, paying more than awarded) write nothing and are said in
 * Russian; a rejected claim needs no amount; an undecided claim can be withdrawn.
 */
class ProceedingsModelTest {
  private final MutableClock clock = CasesArea.startClock();
  private final LiveTexts texts = new LiveTexts(Language.RU, Messages::load);
  private final Messages ru = Messages.load(Language.RU);
  private CaseProceedings service;
  private CaseContext context;
  private ProceedingsModel vm;
  private Case c;

  @BeforeEach
  void setUp(@TempDir Path dir) throws Exception {
    CasesArea fixture =
        CasesArea.over(
            TestVaults.createdAs(dir.resolve("a.depder"), clock, Role.SOCIAL_WORKER),
            clock,
            texts,
            Optional.empty());
    CaseService cases = fixture.cases;
    service = new CaseProceedings(cases);
    context = fixture.context;
    CasesViewModel area = fixture.vm();
    vm = new ProceedingsModel(context);
    c =
        cases.openDirect(
            new CaseOpening.Facts(
                UUID.randomUUID(), "TM-L", AgeBand.FROM_26_TO_40, false, Sex.FEMALE, "ru"),
            OpeningRoute.SOCIAL_WORKER);
    area.open(c.id());
  }

  private String status() {
    return context.statusProperty().get();
  }

  @Test
  void aBadCurrencyOrDateIsSaidInWordsAndWritesNothing() throws Exception {
    vm.currencyProperty().set("XYZ");
    vm.claimedProperty().set("10");
    vm.fileClaim();
    assertThat(status()).isEqualTo(ru.text("casesui.claim.badCurrency"));
    assertThat(service.claims(c.id())).isEmpty();

    vm.currencyProperty().set("usd");
    vm.fileClaim();
    CompensationClaim filed = service.claims(c.id()).get(0);
    assertThat(filed.currency()).isEqualTo("USD");
    assertThat(filed.claimedMinor()).isEqualTo(1000L);
    assertThat(vm.claimedProperty().get()).isEmpty();

    var line = vm.claims().get(0);
    vm.decidedOnProperty().set("20.03.2026");
    vm.decide(line);
    assertThat(status()).isEqualTo(ru.text("casesui.date.invalid"));
    assertThat(service.claims(c.id()).get(0).status()).isEqualTo(ClaimStatus.FILED);
  }

  @Test
  void payingMoreThanAwardedIsRefusedAndARejectionNeedsNoAmount() throws Exception {
    vm.claimedProperty().set("500");
    vm.fileClaim();
    vm.claimedProperty().set("300");
    vm.fileClaim();
    assertThat(vm.claims()).hasSize(2);

    vm.outcomeProperty().set(ClaimStatus.AWARDED);
    vm.awardedProperty().set("500");
    vm.decide(vm.claims().get(0));
    vm.paidProperty().set("500.01");
    vm.pay(vm.claims().get(0));
    assertThat(status()).isEqualTo(ru.text(CaseLabels.rule(CaseRuleException.Code.INVALID_AMOUNT)));
    assertThat(service.claims(c.id()).get(0).paidMinor()).isEmpty();

    vm.outcomeProperty().set(ClaimStatus.REJECTED);
    vm.awardedProperty().set("");
    vm.decide(vm.claims().get(1));
    assertThat(service.claims(c.id()).get(1).status()).isEqualTo(ClaimStatus.REJECTED);
    assertThat(service.claims(c.id()).get(1).awardedMinor()).isEmpty();
    assertThat(vm.claims().get(1).text())
        .contains(ru.text("casesui.claim.itemDecided", ru.date(LocalDate.of(2026, 3, 20))));
  }

  @Test
  void anUndecidedClaimIsWithdrawn() throws Exception {
    vm.claimedProperty().set("1");
    vm.fileClaim();
    vm.withdraw(vm.claims().get(0));
    assertThat(status()).isEqualTo(ru.text("casesui.claim.withdrawn"));
    assertThat(service.claims(c.id()).get(0).status()).isEqualTo(ClaimStatus.WITHDRAWN);
    assertThat(vm.claims().get(0).text())
        .contains(ru.text(CaseLabels.claimStatus(ClaimStatus.WITHDRAWN)))
        .contains(ru.text("casesui.claim.itemWithdrawn", ru.date(LocalDate.of(2026, 3, 20))));
  }
}
