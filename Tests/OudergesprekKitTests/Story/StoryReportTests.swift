import Foundation
import Testing

@testable import OudergesprekKit

/// What the report, the draft minutes and the progress overview say about the story.
@Suite("Wat je te weten kwam, in verslag en voortgang")
struct StoryReportTests {
  let scenario = BuiltInScenario.loaded.scenario!

  /// A practice session played by the generated teacher, as the session records it.
  func session(_ style: StoryTeacher.Style, seed: UInt64 = 1) -> Transcript {
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    let played = StoryTeacher(scenario: scenario, story: scenario.story!, style: style).play(engine: engine, seed: seed)
    var transcript = Transcript(scenario: scenario, seed: seed, startedAt: Date(timeIntervalSince1970: 0))
    transcript.recordStory(played.state.story, of: scenario)
    transcript.outcome = played.state.outcome
    for (reply, events) in zip(played.replies, played.steps) {
      transcript.turns.append(
        TranscriptTurn(
          speaker: .docent, text: reply.text, markers: reply.markers, emotion: engine.emotion(of: played.state)))
      for case .parentSpeaks(let line, let emotion) in events {
        transcript.turns.append(TranscriptTurn(speaker: .ouder, text: line, emotion: emotion))
      }
    }
    return transcript
  }

  @Test("een vraag die al beantwoord was voor ze hem stelde, staat niet als gesteld in het verslag")
  func questionAnsweredBeforeAsked() {
    var transcript = session(.feelingsOnly)
    var early = AskedQuestion(id: "dossier", turn: 2)
    early.answeredAtTurn = 2
    transcript.parentQuestions = [early]
    let report = SessionReport(transcript: transcript, scenario: scenario).markdown()
    let line = report.split(separator: "\n").first { $0.contains("Komt dit in haar dossier?") } ?? ""
    #expect(line.contains("voordat ze het vroeg"), "\(line)")
    #expect(!line.contains("gesteld na beurt"), "\(line)")
  }

  @Test("het verslag noemt elke gevonden kern met beurt en vraag, en elke gemiste met een vraag die hem opent")
  func findings() throws {
    let skilled = session(.skilled)
    let found = try #require(skilled.keyFactsFound)
    #expect(skilled.keyFactShare == 1)
    let report = SessionReport(transcript: skilled, scenario: scenario).markdown()
    #expect(report.contains("## Wat je te weten kwam"))
    for hit in found { #expect(report.contains("Gevonden (beurt \(hit.turn))")) }
    #expect(report.contains("als ik-boodschap"))

    let feelings = session(.feelingsOnly)
    #expect((feelings.keyFactShare ?? 1) < 1)
    let missed = SessionReport(transcript: feelings, scenario: scenario).markdown()
    let story = try #require(scenario.story)
    for fact in story.keyFacts where !(feelings.keyFactsFound ?? []).contains(where: { $0.id == fact.id }) {
      #expect(missed.contains(ReportFormat.quote(fact.question)))
    }
    #expect(missed.contains("Niet genoemd:"))
  }

  @Test("het concept-gespreksverslag noemt de gevonden feiten in de derde persoon, geen citaten van de ouder")
  func minutesInThirdPerson() throws {
    let skilled = session(.skilled)
    let minutes = ConversationMinutes(transcript: skilled, scenario: scenario).markdown()
    let story = try #require(scenario.story)
    for fact in story.keyFacts { #expect(minutes.contains(fact.fact)) }
    #expect(!minutes.contains("De ouder gaf aan"))
    // No agreement is written down when the parent did not accept one.
    var unaccepted = session(.feelingsOnly)
    unaccepted.turns.append(
      TranscriptTurn(
        speaker: .docent, text: "Zullen we volgende week bellen?", markers: [.vervolgafspraak],
        emotion: unaccepted.turns.last!.emotion))
    unaccepted.outcome = .gestopt
    #expect(
      ConversationMinutes(transcript: unaccepted, scenario: scenario).markdown().contains("[Nog geen concrete afspraak")
    )
  }

  @Test("voortgang toont het deel van de kern dat gevonden is")
  func progressShowsKeyFacts() {
    let text = ProgressReport([session(.feelingsOnly), session(.skilled, seed: 2)]).text()
    #expect(text.contains("kern gevonden"))
    #expect(text.contains("laatst 100%"))
  }
}
