/// The end of a session on a terminal: a screenful instead of the whole report. The outcome, the few scores
/// (the analyser's beside the trainee's own), the one thing to practise next, and where the full report is.
public struct SessionSummary: Sendable {
  public let transcript: Transcript
  public let style: TextStyle

  public init(transcript: Transcript, style: TextStyle) {
    self.transcript = transcript
    self.style = style
  }

  /// The summary; `reportPath` is the saved report (nil when it could not be saved), `transcriptPath` the session.
  public func text(reportPath: String?, transcriptPath: String?) -> String {
    let review = SessionReview(transcript)
    var lines = [style.bold("Afloop")]
    lines.append(
      TextWrap.wrap(
        transcript.outcome?.sentence(after: transcript.ending) ?? "Het gesprek is niet afgerond.", indent: "  "))
    lines.append(TextWrap.wrap(SessionRenderer.countsSentence(review), indent: "  "))
    lines.append("")
    lines.append(style.bold("Scores") + " (1 zwak, 5 sterk)")
    let own = transcript.selfAssessment
    let labelWidth = AssessmentCriterion.allCases.map { DisplayWidth.of($0.label) }.max() ?? 0
    lines.append(
      "  " + "".padding(toLength: labelWidth, withPad: " ", startingAt: 0) + "  analyse" + (own == nil ? "" : "  jij"))
    for criterion in AssessmentCriterion.allCases {
      let view = review.view(on: criterion)
      let label = criterion.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
      let theirs = (view.score.map { "\($0)/5" } ?? "–").padding(toLength: 7, withPad: " ", startingAt: 0)
      let mine = own.map { "  " + ($0.score(criterion).map { "\($0)/5" } ?? "–") } ?? ""
      let row = "  \(label)  \(theirs)\(mine)"
      lines.append(String(row.reversed().drop { $0 == " " }.reversed()))
    }
    if let ending = transcript.ending {
      lines.append(TextWrap.wrap("Je afsluiting (\(ending.kind.label)): \(ending.score)/100.", indent: "  "))
    }
    if let early = transcript.earlyEnding {
      lines.append(
        TextWrap.wrap(
          "Vroegtijdig afronden: \(TerminalText.neutralize(early.judgement))", indent: "  ", hangingIndent: "    "))
    }
    lines.append("")
    lines.append(style.bold("Oefen nu"))
    let next =
      SessionMetrics(transcript).map { ProgressReport.next([$0]) }
      ?? "actief luisteren: benoem het gevoel, vat samen en stel open vragen"
    lines.append(TextWrap.wrap(next.prefix(1).uppercased() + next.dropFirst() + ".", indent: "  "))
    lines.append("")
    lines.append(style.bold("Het volledige verslag"))
    if reportPath == nil {
      lines.append(TextWrap.wrap("Het verslag kon niet worden bewaard.", indent: "  "))
    } else if let transcriptPath {
      lines.append(TextWrap.wrap("Staat naast het gesprek (zie hieronder). Lezen op het scherm:", indent: "  "))
      lines.append("    oudergesprek verslag " + TerminalText.neutralize(transcriptPath))
    }
    return lines.joined(separator: "\n")
  }
}
