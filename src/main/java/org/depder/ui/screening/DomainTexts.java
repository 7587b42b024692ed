package org.depder.ui.screening;

import org.depder.domain.screening.Answer;
import org.depder.domain.screening.ScreeningContext;

/** Message keys for the domain's enums, which carry no prose themselves. */
public final class DomainTexts {
  private DomainTexts() {}

  public static String contextKey(ScreeningContext context) {
    return switch (context) {
      case EXIT -> "screening.context.exit";
      case ENTRY_RETURNEE -> "screening.context.returnee";
      case ENTRY_FOREIGNER -> "screening.context.foreigner";
      case TRANSIT -> "screening.context.transit";
      case CONSULAR -> "screening.context.consular";
      case COMMUNITY -> "screening.context.community";
      case HOTLINE -> "screening.context.hotline";
    };
  }

  public static String answerKey(Answer answer) {
    return switch (answer) {
      case YES -> "screening.answer.yes";
      case NO -> "screening.answer.no";
      case UNKNOWN -> "screening.answer.unknown";
      case DECLINED -> "screening.answer.declined";
    };
  }
}
