import Foundation
import OudergesprekKit

/// The steps around a practice session in the terminal: the preparation before it, and the self-assessment
/// and the report after it.
struct PracticeSteps {
  /// Whether to ask the preparation questions after the briefing.
  var prepare = false
  /// Whether to ask the self-assessment before the feedback.
  var assess = false

  /// Asks the preparation questions. Enter on the first skips the preparation; later, Enter skips one question.
  /// `saved` gets the preparation after every answer, so that Ctrl-C halfway loses nothing typed.
  static func askPreparation(analyzer: any ReplyAnalyzer, saved: (Preparation) -> Void = { _ in }) -> Preparation {
    var preparation = Preparation()
    Terminal.say("Voorbereiding. Druk op Enter om de voorbereiding over te slaan; daarna slaat Enter één vraag over.")
    let questions = PreparationQuestion.allCases
    for (index, question) in questions.enumerated() {
      Terminal.say("\n\(index + 1)/\(questions.count) \(question.question)")
      Terminal.prompt("> ")
      guard let answer = readEchoed() else { break }
      if answer.trimmingCharacters(in: .whitespaces).isEmpty {
        if index == 0 {
          Terminal.say("Voorbereiding overgeslagen.")
          break
        }
        continue
      }
      let comment = preparation.record(answer, for: question, analyzer: analyzer)
      saved(preparation)
      if let comment { Terminal.say("  » Over je openingszin: \(comment)") }
    }
    Terminal.say("")
    return preparation
  }

  /// Asks the trainee's own scores, before the feedback. Enter on the first skips it; end of input ends it.
  /// `saved` gets the scores after every answer, so that Ctrl-C halfway loses nothing typed.
  static func askSelfAssessment(saved: (SelfAssessment) -> Void = { _ in }) -> SelfAssessment {
    var assessment = SelfAssessment()
    Terminal.say(
      "\nZelfbeoordeling: geef jezelf eerst een cijfer van 1 (zwak) tot 5 (sterk), voordat je de terugkoppeling ziet. "
        + "Enter slaat over.")
    criteria: for (index, criterion) in AssessmentCriterion.allCases.enumerated() {
      while true {
        Terminal.prompt("\(criterion.label): \(criterion.question) (1-5) > ")
        guard let answer = readEchoed() else { break criteria }
        if answer.trimmingCharacters(in: .whitespaces).isEmpty {
          if index == 0 { break criteria }
          continue criteria
        }
        if let score = SelfAssessment.parse(answer) {
          assessment.set(score, for: criterion)
          saved(assessment)
          continue criteria
        }
        Terminal.say("Typ een cijfer van 1 tot en met 5, of druk op Enter om deze vraag over te slaan.")
      }
    }
    return assessment
  }

  /// Writes the report next to the transcript; returns the text to show, or nil (and warns) when writing failed.
  /// Without a transcript path (it could not be saved anywhere) the report is only shown.
  static func writeReport(_ transcript: Transcript, scenario: Scenario, transcriptPath: String?) -> (
    text: String, path: String?
  ) {
    let report = SessionReport(transcript: transcript, scenario: scenario)
    guard let transcriptPath else { return (report.markdown(includingConversation: false), nil) }
    let path = ReportFile.path(forTranscript: transcriptPath)
    do {
      try TranscriptStore.writeAtomically(Data(report.markdown().utf8), to: path)
      return (report.markdown(includingConversation: false), path)
    } catch {
      Terminal.warn(
        "oudergesprek: kan het verslag niet opslaan in \(TerminalText.neutralize(path)) (\(FileProblem.describe(error)))."
      )
      return (report.markdown(includingConversation: false), nil)
    }
  }

  /// Reads a line; with input from a pipe, shows it, as the session does with replies.
  private static func readEchoed() -> String? {
    let line = Terminal.readLine()
    if let line, !Terminal.inputIsTerminal { Terminal.say(TerminalText.neutralize(line)) }
    return line
  }
}
