import Testing

@testable import OudergesprekKit

/// How far one reply moves the parent: a single blockade costs a calm parent one step of trust, a string of them
/// more; facts or advice she asked for are an answer, not arguing.
@Suite("Eén blokkade kost vertrouwen, een antwoord op haar vraag niet")
struct EmotionStepTests {
  static let ids = StoryNoRepeatAcrossPoolsTests.ids

  func respond(_ engine: ConversationEngine, _ state: ConversationState, _ text: String, _ markers: [Marker])
    -> ConversationState
  {
    engine.respond(to: ReplyAnalysis(text: text, markers: markers, iMessageParts: []), in: state).0
  }

  @Test("een kalme ouder wordt van één blokkade hoogstens één stap gespannener")
  func oneBlockadeOneStep() throws {
    var checked = 0
    for id in Self.ids {
      let (scenario, _) = try StoryPlaythroughTests.scenario(id)
      let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
      let open = scenario.emotions.states.filter { $0.ending == nil }
      for calm in open where calm.intensity <= 4 {
        let blockades: [(String, [Marker])] = [
          ("Dat is gewoon niet waar, de cijfers laten iets anders zien.", [.argumenteren]),
          ("U moet thuis strenger zijn.", [.moraliseren]),
        ]
        for (text, markers) in blockades {
          var state = ConversationState(emotion: calm.id, seed: 5)
          state.turn = 4
          state.replyMarkers = [[.openVraag], [.gevoelsreflectie], [.parafrase], [.openVraag]]
          let once = respond(engine, state, text, markers)
          let nextUp = open.filter { $0.intensity > calm.intensity }.map(\.intensity).min() ?? calm.intensity
          #expect(once.outcome == nil, "\(id) \(calm.id): one \(markers) ended the conversation")
          let after = engine.emotion(of: once).intensity
          #expect(
            after <= max(nextUp, calm.intensity + 2),
            "\(id) \(calm.id): one \(markers) took her from \(calm.intensity) to \(after)")
          if after > calm.intensity { checked += 1 }
        }
      }
    }
    // Most scenarios make a calm parent tenser over one blockade (some only over two in a row).
    #expect(checked >= 10, "one blockade moved a calm parent in only \(checked) cases")
  }

  @Test(
    "twee verwijten op rij kosten een kalme ouder vertrouwen, het tweede niet minder dan het eerste", arguments: ids)
  func secondBlockadeCostsMore(id: String) throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    let calmest = scenario.emotions.states.filter { $0.ending == nil }.min { $0.intensity < $1.intensity }!
    var state = ConversationState(emotion: calmest.id, seed: 5)
    state.turn = 4
    state.replyMarkers = [[.openVraag], [.gevoelsreflectie], [.parafrase], [.openVraag]]
    let reply = ("Dat heeft u dan toch echt zelf laten gebeuren.", [Marker.bekritiseren, .jijBoodschap])
    let once = respond(engine, state, reply.0, reply.1)
    let twice = respond(engine, once, "U overdrijft, zo erg is het niet.", [.bekritiseren, .jijBoodschap])
    let intensity = { (s: ConversationState) in s.outcome == nil ? engine.emotion(of: s).intensity : 10 }
    #expect(intensity(twice) > calmest.intensity, "\(id): two reproaches in a row cost no trust")
    #expect(intensity(twice) >= intensity(once), "\(id): a second reproach in a row made her calmer")
  }

  @Test("feiten waar ze om vroeg maken haar niet gespannener; dezelfde soort zin zonder antwoord wel")
  func answerIsNotArguing() throws {
    var answered = 0
    for id in Self.ids {
      let (scenario, _) = try StoryPlaythroughTests.scenario(id)
      let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
      for question in scenario.story?.questions ?? [] {
        guard let word = question.answerWords.first else { continue }
        var state = ConversationState(emotion: scenario.emotions.start, seed: 5)
        state.turn = 3
        state.replyMarkers = [[.openVraag], [.gevoelsreflectie], [.parafrase]]
        state.story.asked = [AskedQuestion(id: question.id, turn: 3)]
        let before = engine.emotion(of: state).intensity
        let answer = respond(engine, state, "Over uw vraag: \(word), zo zit het.", [.argumenteren])
        let arguing = respond(engine, state, "Zo zit het gewoon, daar valt niet over te twisten.", [.argumenteren])
        let after = answer.outcome == nil ? engine.emotion(of: answer).intensity : 10
        let argued = arguing.outcome == nil ? engine.emotion(of: arguing).intensity : 10
        #expect(after <= before, "\(id) \(question.id): answering her question with facts made her tenser")
        if argued > after { answered += 1 }
      }
    }
    #expect(answered >= 5, "arguing unasked should cost more than answering in several scenarios, got \(answered)")
  }
}
