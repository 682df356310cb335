import Testing

@testable import OudergesprekKit

/// The kinds of misses of the last blind measurement, checked in every scenario by the reason the engine records:
/// she takes an acknowledgement, a question's focus beats an incidental setting, a general question without a
/// topic of its kind gets an honest answer, an answer or an explained next step settles her question, and
/// everyday talk (questions and statements) is off the case.
@Suite("De ouder reageert op wat er gezegd wordt")
struct StoryReactsToReplyTests {
  /// One played conversation with the markers each reply is written to carry.
  struct Played {
    var state: ConversationState
    var choices: [LineChoice] = []
    var lines: [String] = []
  }

  func play(_ id: String, _ replies: [(String, [Marker])], seed: UInt64 = 3) throws -> Played {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    let (start, opening) = engine.start(seed: seed)
    var played = Played(state: start)
    played.lines = opening.compactMap { if case .parentSpeaks(let line, _) = $0 { line } else { nil } }
    for (text, markers) in replies {
      let (state, events) = engine.respond(
        to: ReplyAnalysis(text: text, markers: markers, iMessageParts: []), in: played.state)
      played.state = state
      played.choices += events.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }
      played.lines += events.compactMap { if case .parentSpeaks(let line, _) = $0 { line } else { nil } }
    }
    return played
  }

  static let ids = StoryNoRepeatAcrossPoolsTests.ids

  @Test("een erkenning van haar gevoel neemt ze eerst aan, zonder een zin woord voor woord te herhalen", arguments: ids)
  func acknowledgement(id: String) throws {
    let played = try play(
      id,
      [("Fijn dat u er bent.", []), ("Ik kan me voorstellen dat dit niet makkelijk voor u is.", [.gevoelsreflectie])])
    guard played.state.outcome == nil else { return }
    #expect(played.choices.last?.reason == .feeling, "\(id): \(played.choices)")
    #expect(Set(played.lines).count == played.lines.count, "\(id): a line was repeated")
    // The emotion model stays in charge: taking the acknowledgement moves her no differently than without a story.
    var plain = try StoryPlaythroughTests.scenario(id).0
    plain.story = nil
    let engine = ConversationEngine(scenario: plain, analyzer: DutchReplyAnalyzer())
    var state = engine.start(seed: 3).0
    for (text, markers) in [
      ("Fijn dat u er bent.", [Marker]()),
      ("Ik kan me voorstellen dat dit niet makkelijk voor u is.", [.gevoelsreflectie]),
    ] {
      state = engine.respond(to: ReplyAnalysis(text: text, markers: markers, iMessageParts: []), in: state).0
    }
    if state.outcome == nil { #expect(state.emotion == played.state.emotion, "\(id)") }
  }

  @Test("een erkenning gevolgd door een vraag krijgt een antwoord op de vraag", arguments: ids)
  func acknowledgementThenQuestion(id: String) throws {
    let (_, story) = try StoryPlaythroughTests.scenario(id)
    let matcher = TopicMatcher(story: story)
    let topic = try #require(story.topics.first { StoryThisTurnTopicTests.question(on: $0, matcher: matcher) != nil })
    let question = try #require(StoryThisTurnTopicTests.question(on: topic, matcher: matcher))
    let played = try play(id, [("Ik hoor dat u zich zorgen maakt. " + question, [.gevoelsreflectie, .openVraag])])
    #expect(played.choices.last?.reason != .feeling, "\(id): \(played.choices)")
  }

  @Test("de vraag weegt zwaarder dan een bijkomstig woord als thuis", arguments: ids)
  func focusBeatsSetting(id: String) throws {
    let (scenario, story) = try StoryPlaythroughTests.scenario(id)
    let name = scenario.student?.name ?? "hem"
    let matcher = TopicMatcher(story: story, names: [name])
    var checked = 0
    for topic in story.topics {
      guard
        let word = topic.words.first(where: { matcher.specificTopics(in: $0) == [topic.id] && !$0.contains("thuis") })
      else { continue }
      let question = "Wat vertelt \(name) thuis over \(word)?"
      let reading = StoryReading(
        ReplyAnalysis(text: question, markers: [.openVraag], iMessageParts: []), matcher: matcher, studentName: name)
      #expect(reading.topics.first == topic.id, "\(id): \(question) -> \(reading.topics)")
      checked += 1
    }
    #expect(checked >= 3, "\(id): only \(checked) topics checked")
  }

  @Test("een algemene vraag zonder passend onderwerp krijgt een eerlijk 'weet ik niet', geen ander onderwerp")
  func generalWithoutTopic() throws {
    let kinds = DutchStoryWords.generalQuestionKinds
    for id in Self.ids {
      let (scenario, story) = try StoryPlaythroughTests.scenario(id)
      let name = scenario.student?.name ?? "hij"
      let matcher = TopicMatcher(story: story, names: [name])
      for question in ["Hoe kijkt \(name) er zelf tegenaan?", "Wat houdt \(name) tegen, denkt u?"] {
        let found = try #require(matcher.generalQuestion(in: question), "\(question) is no general question")
        #expect(kinds.contains { $0.cues == found.kind.cues })
        let played = try play(id, [("Fijn dat u er bent.", []), (question, [.openVraag])])
        guard played.state.outcome == nil, let choice = played.choices.last else { continue }
        if let topic = found.topic {
          let ids = [topic] + story.keyFacts.filter { $0.topic == topic }.map(\.id)
          #expect(
            choice.reason != .topic || choice.about.map(ids.contains) == true, "\(id): \(question) -> \(choice)")
        } else {
          #expect(choice.reason == .unclear, "\(id): \(question) -> \(choice)")
        }
      }
    }
  }

  /// Listening replies until she asks one of her questions; nil when she does not within ten turns.
  func untilQuestion(_ id: String) throws -> [(String, [Marker])]? {
    var replies: [(String, [Marker])] = []
    for turn in 0..<10 {
      replies.append((["Vertelt u verder.", "Ga door.", "Ja.", "Hm."][turn % 4], [.aanmoediging]))
      let played = try play(id, replies)
      if played.state.outcome != nil { return nil }
      if played.choices.last?.reason == .question { return replies }
    }
    return nil
  }

  @Test(
    "een antwoord op haar vraag krijgt een reactie op het antwoord, en ze stelt de vraag niet opnieuw", arguments: ids)
  func answerTaken(id: String) throws {
    guard let before = try untilQuestion(id) else { return }
    let asked = try #require(try play(id, before).state.story.pendingQuestion)
    let replies = before + [("Nee, dat is niet zo. Daar let ik zelf goed op.", [])]
    let played = try play(id, replies)
    #expect(played.choices.last == LineChoice(.answer, about: asked.id), "\(id): \(played.choices.last as Any)")
    #expect(played.state.story.asked.last { $0.id == asked.id }?.answeredAtTurn == replies.count)
    let later = try play(id, replies + [("Ga door.", [.aanmoediging]), ("Hm.", [.aanmoediging])])
    #expect(
      !later.choices.suffix(2).contains(LineChoice(.question, about: asked.id)), "\(id): asked again: \(later.choices)")
  }

  @Test("uitgelegd wat er nu gebeurt, vraagt ze niet meer wat er gaat gebeuren", arguments: ids)
  func nextStepExplained(id: String) throws {
    let (_, story) = try StoryPlaythroughTests.scenario(id)
    let explained = "Ik leg u uit wat er nu gebeurt: ik spreek morgen met de mentor en daarna bel ik u."
    let replies: [(String, [Marker])] =
      [(explained, [])] + Array(repeating: ("Ga door.", [Marker.aanmoediging]), count: 5)
    let played = try play(id, replies)
    for question in story.questions where ProposalReaction.asksForAction(question) {
      let asked = played.state.story.asked.first { $0.id == question.id }
      #expect(asked?.answeredAtTurn == 1, "\(id): \(question.id) not answered by the explanation")
      #expect(!played.lines.dropFirst(2).contains(question.question), "\(id): asked \(question.id) after it")
    }
    #expect(played.state.story.nextStepTurn == 1)
    #expect(!played.lines.dropFirst(2).contains(where: DutchStoryWords.asksNextStep), "\(id): \(played.lines)")
  }

  @Test("alledaagse vragen en uitspraken zijn buiten de zaak, ook met een woord als thuis", arguments: ids)
  func offCase(id: String) throws {
    for reply in [
      "Ik ben gisteren gaan hardlopen in het park.", "Ik heb een nieuwe fiets gekocht.", "Kookt u thuis graag?",
    ] {
      let played = try play(id, [("Fijn dat u er bent.", []), (reply, [])])
      guard played.state.outcome == nil else { continue }
      #expect(played.choices.last?.reason == .sidetrack, "\(id): \(reply) -> \(played.choices)")
    }
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    let thanks = try play(id, [("Dank u wel, \(scenario.parent.name).", [.bedanken])])
    #expect(thanks.choices.last?.reason != .sidetrack, "\(id): thanking her is no side track")
  }

  @Test("een parafrase van haar openingszin wordt bevestigd, niet gecorrigeerd", arguments: ids)
  func paraphraseOfOpening(id: String) throws {
    let (_, story) = try StoryPlaythroughTests.scenario(id)
    let opening = try play(id, []).lines[0]
    let said = story.withoutVoice(opening).lowercased().filter { $0.isLetter || $0 == " " || $0 == "," }
    let played = try play(id, [("Als ik u goed begrijp, bedoelt u: \(said)", [.parafrase])])
    guard played.state.outcome == nil, played.choices.last?.reason == .paraphrase else { return }
    let correct = story.correctLines.isEmpty ? story.inVoice(StoryDefaults.correct) : story.correctLines
    #expect(!correct.contains(played.lines.last ?? ""), "\(id): corrected a paraphrase of her opening")
  }
}
