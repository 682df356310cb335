import Foundation
import Testing

@testable import OudergesprekKit

/// Kinds of miss judged in strangers' scripts: a line that asks for what the teacher just gave, a practical
/// question left unanswered, small talk after a greeting or about the teacher's own things read as the case.
@Suite("Wat de laatste reactie al zei, praktische vragen en kletsen")
struct StoryLastReplyKindsTests {
  func engine(_ id: String) throws -> ConversationEngine {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    return ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
  }

  func choices(_ id: String, _ replies: [String], seed: UInt64 = 2) throws -> [LineChoice?] {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    let (_, steps) = ScenarioPlaythroughTests.play(replies, in: scenario, seed: seed)
    return steps.map { events in
      events.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }.last
    }
  }

  @Test("een vraag of ze even tijd heeft, krijgt een kort antwoord, geen regel van een onderwerp")
  func timeQuestion() throws {
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      for seed: UInt64 in [1, 2] {
        let reason = try choices(
          id, ["Goedemiddag, ik ben de mentor van uw kind. Heeft u even een paar minuten?"], seed: seed
        ).last??.reason
        #expect(reason == .answer, "\(id) seed \(seed): \(String(describing: reason))")
      }
    }
  }

  @Test("hoe de docent haar bereikt: een kort antwoord, of haar onderwerp als het verhaal er een heeft")
  func contactQuestion() throws {
    let question = "Hoe kan ik u voortaan het beste bereiken, liever een appje of bellen?"
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      let engine = try engine(id)
      let named = !(engine.topicMatcher?.topics(in: question).isEmpty ?? true)
      let reason = try choices(id, ["Goedemiddag.", question]).last??.reason
      let expected: Set<LineChoice.Reason> = named ? [.answer, .topic, .proposal] : [.answer]
      #expect(reason.map(expected.contains) == true, "\(id): \(String(describing: reason))")
    }
  }

  @Test("een begroeting met een praatje over het weer: een begroeting terug en een reactie op het praatje")
  func greetingWithWeather() throws {
    let reply =
      "Goedemiddag, dag Pieter, gaan jullie zitten. Het is buiten koud geworden, ik moest mijn ruiten krabben."
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      // A story that made one of these words its own topic decides.
      if try !(engine(id).topicMatcher?.specificTopics(in: reply).isEmpty ?? true) { continue }
      let (scenario, _) = try StoryPlaythroughTests.scenario(id)
      let (state, steps) = ScenarioPlaythroughTests.play([reply], in: scenario, seed: 2)
      let choice = steps.last?.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }.last
      // A social answer, never a line of the story.
      #expect(
        choice?.reason == .sidetrack || choice?.reason == .smallTalk, "\(id): \(String(describing: choice))")
      if id == "sociale-media-nepaccount" { #expect(choice?.reason == .sidetrack) }
      // Ordinary politeness is no change of subject that costs trust.
      #expect(state.replyMarkers.last != [.afleiden], "\(id)")
    }
  }

  @Test("de nieuwe telefoon van de docent is geen schoolpunt en geen onderwerp van het verhaal")
  func teachersOwnPhone() throws {
    let reply = "Ik heb trouwens net een nieuwe telefoon, maar de batterij is 's middags alweer leeg."
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      let engine = try engine(id)
      #expect(engine.topicMatcher?.schoolPoints(in: reply).isEmpty == true, "\(id)")
      let reason = try choices(id, ["Goedemiddag.", reply]).last??.reason
      #expect(![.topic, .paraphrase, .question].contains(reason), "\(id): \(String(describing: reason))")
    }
    // The child's phone still raises the point.
    let gedrag = try engine("gedrag-in-de-les-tienminuten")
    #expect(gedrag.topicMatcher?.schoolPoints(in: "Jesse zit in de les vaak op zijn telefoon.").isEmpty == false)
  }

  @Test("een regel van haar toestand vraagt niet naar wat de docent net zei")
  func stateLineAfterWhatWasSaid() throws {
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      let engine = try engine(id)
      var progress = StoryProgress()
      progress.lastReply = "Zijn huiswerk is eigenlijk meestal wel af, dat zie ik ook."
      #expect(engine.contradictsLastReply("En zijn huiswerk, maakt hij dat wel?", progress: progress), "\(id)")
      // Asked by the teacher, it is not given yet.
      progress.lastReply = "Hoe gaat het met zijn huiswerk?"
      #expect(!engine.contradictsLastReply("En zijn huiswerk, maakt hij dat wel?", progress: progress), "\(id)")
      // Right after a proposal she does not ask what is agreed.
      progress.lastReply = "Ik stel voor dat ik u volgende week bel om te horen hoe het gaat."
      #expect(engine.contradictsLastReply("Wat spreken we af?", progress: progress), "\(id)")
      // Once a point was raised she knows what it is about.
      progress.lastReply = "Goed."
      #expect(!engine.contradictsLastReply("Ik weet niet precies waar het over gaat.", progress: progress))
      progress.raised.append(RaisedSchoolPoint(id: "punt", turn: 1, manner: .neutraal))
      #expect(engine.contradictsLastReply("Ik weet niet precies waar het over gaat.", progress: progress))
    }
  }

  @Test("na afsluitende woorden met een plan vraagt ze niet wat er afgesproken is")
  func closingAfterPlan() throws {
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      let engine = try engine(id)
      for seed: UInt64 in [1, 2, 3] {
        var (state, _) = engine.start(seed: seed)
        let words = [
          "Samengevat: ik stuur u deze week de uitleg per mail en in de eerste schoolweek plannen we een gesprek."
        ]
        let protest = try #require(engine.closingLine(for: .protest, kind: .vroeg, closingWords: words, in: &state))
        #expect(!DutchStoryWords.asksNextStep(protest.0), "\(id): \(protest.0)")
        let after = try #require(
          engine.closingLine(for: .finished(.blijftOntevreden), kind: .vroeg, closingWords: words, in: &state))
        #expect(!after.0.contains("wat er nu gaat gebeuren"), "\(id): \(after.0)")
      }
    }
  }
}
