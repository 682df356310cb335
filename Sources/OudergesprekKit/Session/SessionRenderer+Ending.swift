extension SessionRenderer {
  /// The prompt while the teacher says their closing words.
  public var closingPrompt: String { style.bold("afsluiting> ") }

  private var howToFinish: String {
    "Typ je slotwoorden tegen de ouder, op één of meer regels; sluit af met een lege regel of /klaar."
  }

  /// The start of the closing.
  public func closingStarted(_ kind: EndingKind, timeUp: Bool) -> String {
    let opening =
      switch kind {
      case .vroeg:
        "Je rondt het gesprek vroegtijdig af: kondig het einde aan, geef de reden zonder verwijt, benoem het gevoel van de ouder, stel een concrete vervolgstap voor en bedank de ouder."
      case .opTijd:
        (timeUp ? "De tijd is om. " : "")
          + "Rond het gesprek af: kondig het einde aan, vat samen wat jullie afspreken, maak een vervolgafspraak (wie vertelt wie wat, wanneer) en bedank de ouder."
      }
    return style.bold("Afronden") + "\n" + TextWrap.wrap(opening, indent: "  ") + "\n"
      + TextWrap.wrap(howToFinish, indent: "  ")
  }

  /// The parent is ready to make agreements; the teacher closes the conversation.
  public func closingStartedAfterAgreement() -> String {
    let text =
      "De ouder is klaar om afspraken te maken. Rond het gesprek nu af: vat samen wat jullie afspreken, maak een "
      + "concrete vervolgafspraak (wie vertelt wie wat, wanneer) en bedank de ouder."
    return style.bold("Afronden") + "\n" + TextWrap.wrap(text, indent: "  ") + "\n"
      + TextWrap.wrap(howToFinish, indent: "  ")
  }

  /// The markers found in one line of closing words; the rubric at the end says what they are worth.
  public func closingFeedback(_ analysis: ReplyAnalysis) -> String {
    var found = analysis.markers.map(\.dutchName)
    if !analysis.markers.contains(.ikBoodschap), !analysis.iMessageParts.isEmpty {
      // The same reading as the report: parts of an ik-boodschap without the whole are an 'aanzet'.
      found.append("aanzet tot een ik-boodschap (\(analysis.iMessageParts.map(\.rawValue).joined(separator: ", ")))")
    }
    let rude = analysis.markers.contains(where: \.isBlocking)
    return style.color(
      rude ? .red : found.isEmpty ? .gray : .green,
      "  » " + (found.isEmpty ? "geen gespreksmarkers herkend." : found.joined(separator: ", ") + "."))
  }

  public func closingMore() -> String {
    style.color(
      .gray,
      TextWrap.wrap("Nog iets? Typ de volgende zin, of een lege regel (of /klaar) als je klaar bent.", indent: "  "))
  }

  public func closingNeedsWords() -> String {
    TextWrap.wrap("Je hebt nog geen slotwoorden gezegd. Typ wat je tegen de ouder zegt om het gesprek af te ronden.")
  }

  public func closingProtested() -> String {
    style.color(
      .gray,
      TextWrap.wrap("De ouder protesteert. Vul je afsluiting aan; sluit af met een lege regel of /klaar.", indent: "  ")
    )
  }

  /// How the session ended once the closing is over: the outcome and the parent's reaction in one sentence.
  public func closingOutcome(
    _ outcome: ConversationOutcome, ending: EndingAssessment?, reaction: ParentClosingReaction
  ) -> String {
    "\n"
      + style.color(
        reaction == .looptWeg ? .red : reaction == .accepteert ? .green : .yellow,
        style.bold(TextWrap.wrap(outcome.sentence(after: ending))))
  }

  public func closingReaction(_ reaction: ParentClosingReaction) -> String {
    style.color(
      reaction == .looptWeg ? .red : reaction == .accepteert ? .green : .yellow,
      TextWrap.wrap(reaction.sentence, indent: "  "))
  }

  public func closingHelp() -> String {
    [
      TextWrap.wrap("Je bent het gesprek aan het afronden. \(howToFinish)"),
      "  /klaar   je slotwoorden zijn klaar",
      "  /tip     wat een goede afsluiting heeft",
      "  /kaart   de briefing en de checklist van Gordon",
    ].joined(separator: "\n")
  }

  /// What a good closing of this kind holds.
  public func closingTip(_ kind: EndingKind) -> String {
    let middle =
      kind == .vroeg
      ? "geef de reden zonder verwijt, het liefst als ik-boodschap ('Ik merk dat we in een kringetje draaien en ik wil dat we hier goed uitkomen')"
      : "vat samen wat jullie besproken en afgesproken hebben ('Samengevat spreken we af dat...')"
    return TextWrap.wrap(
      "Tip: kondig het einde aan ('Ik stel voor dat we het gesprek nu afronden'), \(middle), benoem het gevoel van de ouder, stel een concrete vervolgstap voor (wanneer, hoe, met wie) en bedank de ouder. Vermijd blokkades: die voelen nu als wegsturen.",
      indent: "  ")
  }

  /// `/opnieuw` during the closing: closing words cannot be taken back.
  public func noTakeBackWhileClosing() -> String {
    "Tijdens de afronding kun je geen antwoord terugnemen; typ je slotwoorden, of een lege regel als je klaar bent."
  }

  public func notClosing() -> String {
    TextWrap.wrap(
      "Je bent nog niet aan het afronden. Typ /stop om het gesprek af te ronden; daarna zeg je je slotwoorden.")
  }

  /// The rubric, the score and the judgement about ending early, for the end of the session.
  public func endingReport(ending: EndingAssessment?, earlyEnding: EarlyEndingReview?) -> String {
    var lines: [String] = []
    if let ending {
      lines.append(style.bold("Afronding (\(ending.kind.label)): \(ending.score)/100"))
      for criterion in ending.criteria {
        let label = EndingCriterion.ID(rawValue: criterion.id)?.label ?? criterion.id
        let mark = criterion.met ? style.color(.green, "[x]") : style.color(.red, "[ ]")
        lines.append("  \(mark) \(label) (\(criterion.points)/\(criterion.maxPoints))")
        lines.append(TextWrap.wrap(criterion.feedback, indent: "      "))
      }
      if ending.protested { lines.append("  De ouder protesteerde tijdens je afsluiting.") }
    }
    if let earlyEnding {
      if !lines.isEmpty { lines.append("") }
      lines.append(style.bold("Vroegtijdig afronden"))
      lines.append(TextWrap.wrap(safe(earlyEnding.judgement), indent: "  "))
    }
    return lines.joined(separator: "\n")
  }
}
