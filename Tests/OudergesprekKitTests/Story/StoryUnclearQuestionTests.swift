import Testing

@testable import OudergesprekKit

/// A question on the case that matches none of her topics is answered as a question, not with a state line.
@Suite("Een vraag over de zaak die bij geen onderwerp past")
struct StoryUnclearQuestionTests {
  let scenario = BuiltInScenario.loaded.scenario!
  var matcher: TopicMatcher { TopicMatcher(story: scenario.story!) }

  func reading(_ text: String, _ markers: [Marker] = [.openVraag]) -> StoryReading {
    StoryReading(
      ReplyAnalysis(text: text, markers: markers, iMessageParts: []), matcher: matcher,
      studentName: scenario.student?.name)
  }

  @Test(
    "wordt herkend als vraag zonder onderwerp",
    arguments: ["Wat zou volgens u helpen?", "Waar loopt ze tegenaan, denkt u?", "hoe kijkt u daar zelf tegenaan"])
  func recognised(text: String) {
    let reading = reading(text)
    #expect(reading.topics.isEmpty)
    #expect(reading.asksUnmatched)
    #expect(!reading.sideTrack)
  }

  @Test(
    "een voorstel, een vraag over een onderwerp of over iets anders is het niet",
    arguments: [
      ("Zullen we volgende week woensdag weer bellen?", [Marker.vervolgafspraak]),
      ("Hoe slaapt ze de laatste tijd?", [.openVraag]), ("Gaat u deze zomer nog op vakantie?", [.openVraag]),
    ])
  func notUnclear(text: String, markers: [Marker]) {
    #expect(!reading(text, markers).asksUnmatched)
  }

  @Test("krijgt een antwoord op de vraag, geen regel van haar toestand")
  func answeredAsQuestion() {
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    var state = engine.start(seed: 3).0
    var choices: [LineChoice] = []
    let replies = [
      "Ik hoor dat u zich zorgen maakt.", "Wat zou volgens u helpen?", "Waar loopt ze tegenaan, denkt u?",
      "Hoe kijkt u daar zelf tegenaan?", "Wat vindt u het belangrijkste?",
    ]
    for text in replies {
      let markers: [Marker] = text.hasSuffix("?") ? [.openVraag] : [.gevoelsreflectie]
      let (next, events) = engine.respond(to: ReplyAnalysis(text: text, markers: markers, iMessageParts: []), in: state)
      state = next
      choices += events.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }
    }
    let answers = choices.dropFirst()
    #expect(answers.contains { $0.reason == .unclear }, "\(answers)")
    #expect(!answers.contains { $0.reason == .state }, "\(answers)")
  }
}
