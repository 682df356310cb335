import Foundation
import OudergesprekKit

/// A small generated group with known counts: two named trainees and one session without a name, on two
/// scenarios (`alfa` with a story of three key facts, `beta` without), built by hand so that the counts do not
/// depend on the analyser.
enum GeneratedGroup {
  /// One reply: the parent's line before it (and how heated she was), the reply and its markers.
  struct Reply {
    var parent: String
    var intensity: Int
    var text: String
    var markers: [Marker]
    var parts: [IMessagePart] = []
    var withdrawn = false
  }

  static func session(
    _ trainee: String?, _ scenario: String, day: Int, _ replies: [Reply], outcome: ConversationOutcome?,
    keyFacts: (found: Int, total: Int)? = nil, endingScore: Int? = nil, colleague: [AssessmentCriterion: Int] = [:]
  ) -> Transcript {
    var transcript = Transcript(
      scenario: BuiltInScenario.loaded.scenario!, seed: UInt64(day),
      mode: colleague.isEmpty ? "oefenen" : "samen",
      startedAt: ReportFixtures.start.addingTimeInterval(Double(day) * 86_400))
    transcript.scenario = scenario
    transcript.scenarioTitle = "Scenario \(scenario)"
    transcript.trainee = trainee
    transcript.outcome = outcome
    for reply in replies {
      transcript.turns.append(ReportFixtures.parent(reply.parent, "boos", reply.intensity, withdrawn: reply.withdrawn))
      transcript.turns.append(
        ReportFixtures.teacher(
          reply.text, reply.markers, parts: reply.parts, after: "boos", reply.intensity, withdrawn: reply.withdrawn))
    }
    if let keyFacts {
      transcript.keyFactsTotal = keyFacts.total
      transcript.keyFactsFound = (0..<keyFacts.found).map {
        FoundKeyFact(id: "feit-\($0)", turn: $0 + 1, question: "?")
      }
    }
    if let endingScore {
      var ending = EndingAssessment(kind: .opTijd, criteria: [], startedAtTurn: replies.count)
      ending.score = endingScore
      transcript.ending = ending
    }
    if !colleague.isEmpty {
      transcript.review = ScoreComparison(colleague: colleague, transcript: transcript)
    }
    return transcript
  }

  static let advice = "Misschien moet u strenger zijn."
  static let p1 = "Ze doet thuis niets meer."
  static let p2 = "Ik weet het gewoon niet meer."
  static let q1 = "Waarom word ik gebeld?"

  /// Five sessions, in no particular order.
  static var transcripts: [Transcript] {
    [
      session(
        "Bram", "beta", day: 5,
        [Reply(parent: q1, intensity: 3, text: "U moet dit oplossen.", markers: [.bevelen, .adviseren])],
        outcome: .gestopt),
      session(
        "Anna", "alfa", day: 1,
        [
          Reply(parent: p1, intensity: 8, text: "Dat valt wel mee.", markers: [.afleiden], withdrawn: true),
          Reply(parent: p1, intensity: 8, text: advice, markers: [.adviseren]),
          Reply(parent: p2, intensity: 6, text: "U bent het zat.", markers: [.gevoelsreflectie]),
        ],
        outcome: .opgelost, keyFacts: (2, 3), endingScore: 60),
      session(
        "Anna", "alfa", day: 3,
        [
          Reply(parent: p1, intensity: 8, text: advice, markers: [.adviseren]),
          Reply(
            parent: p2, intensity: 6, text: "Als het huiswerk niet af is, loopt ze achter, en dat vind ik zorgelijk.",
            markers: [.ikBoodschap], parts: [.gedrag, .gevolg, .gevoel]),
        ],
        outcome: .opgelost, keyFacts: (3, 3), colleague: [.ikBoodschappen: 4, .actiefLuisteren: 3]),
      session(
        nil, "beta", day: 4, [Reply(parent: q1, intensity: 3, text: "Wat is er gebeurd?", markers: [.openVraag])],
        outcome: nil),
      session(
        "Bram", "alfa", day: 2,
        [
          Reply(parent: p1, intensity: 8, text: "Het komt wel goed.", markers: [.geruststellen]),
          Reply(parent: p2, intensity: 6, text: "Jij luistert ook nooit.", markers: [.jijBoodschap]),
        ],
        outcome: .geescaleerd, keyFacts: (0, 3)),
    ]
  }

  static var sessions: [GroupSession] {
    transcripts.enumerated().map { GroupSession($1, path: "groep/sessie-\($0).json") }
  }
}
