import Testing

@testable import OudergesprekKit

/// The parent's next line answers what the teacher just said (issue 11, eval11 misses): a reassurance is taken up,
/// words put to the child are the child's, a paraphrase of an answer she never gave is not confirmed, and a remark
/// does not get a refusal to answer a question.
@Suite("De ouder reageert op wat de docent net zei")
struct StoryReplyTakenUpTests {
  static let reassurances = [
    "U bent zeker geen slechte ouder.", "Nee, ik vind echt niet dat u het verkeerd doet.",
    "Het ligt echt niet aan u, hoor.", "Dat hoeft u niet te denken: u doet het juist goed.",
  ]

  /// The parent's lines and the student's lines of one step, and the reason the parent's line was chosen.
  static func spoken(_ events: [ConversationEvent]) -> (parent: [String], student: [String], reason: LineChoice.Reason?)
  {
    let parent = events.compactMap { if case .parentSpeaks(let line, _) = $0 { line } else { nil } }
    let student = events.compactMap { if case .studentSpeaks(let line) = $0 { line } else { nil } }
    let reason = events.compactMap { if case .lineChosen(let choice) = $0 { choice.reason } else { nil } }.last
    return (parent, student, reason)
  }

  @Test("een geruststelling neemt ze eerst aan, naar haar toestand", arguments: reassurances)
  func reassuranceTaken(reply: String) throws {
    let taking = Array(Set((0...10).flatMap { StoryDefaults.reassuredBy(intensity: $0) }))
    var checked = 0
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      let (scenario, story) = try StoryPlaythroughTests.scenario(id)
      let (state, steps) = ScenarioPlaythroughTests.play(["Goedemiddag, fijn dat u er bent.", reply], in: scenario)
      guard state.outcome == nil, steps.count == 2 else { continue }
      let analysed = steps[1].compactMap { if case .analysed(let analysis) = $0 { analysis } else { nil } }.first
      // A reassurance the analyser takes for a blockade gets the scenario's reaction to it.
      guard analysed?.markerSet.contains(where: \.isBlocking) == false else { continue }
      let line = try #require(Self.spoken(steps[1]).parent.first)
      #expect(story.inVoice(taking).contains { line.hasPrefix($0) }, "\(id): \(reply) -> \(line)")
      checked += 1
    }
    #expect(checked >= 10, "only \(checked) scenarios checked")
  }

  @Test("een geruststelling is een uitspraak, geen vraag en geen zijpad")
  func reassuranceReading() throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario(BuiltInScenario.id)
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    let matcher = try #require(engine.topicMatcher)
    func reading(_ text: String) -> StoryReading {
      StoryReading(DutchReplyAnalyzer().analyzeBounded(text), matcher: matcher, studentName: "Sanne")
    }
    for reply in Self.reassurances { #expect(reading(reply).reassures, "\(reply)") }
    for reply in [
      "Bent u een slechte moeder, denkt u?", "Ik vind dat u het verkeerd doet.", "Hoe gaat het thuis met Sanne?",
    ] {
      #expect(!reading(reply).reassures, "\(reply)")
    }
  }

  static let informalChecks = [
    "Dus je voelde je buitengesloten. Klopt dat?", "Ik hoor dat je het best spannend vond.",
    "Als ik je goed begrijp, vond je het lastig om dat te zeggen.", "Je voelde je alleen staan, klopt dat?",
  ]

  @Test("een parafrase in je/jij aan tafel beantwoordt de leerling, niet de ouder", arguments: informalChecks)
  func studentAnswersInformalCheck(reply: String) throws {
    var checked = 0
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      let (scenario, _) = try StoryPlaythroughTests.scenario(id)
      guard scenario.studentPresent else { continue }
      let (_, steps) = ScenarioPlaythroughTests.play(["Fijn dat jullie er zijn.", reply], in: scenario, seed: 5)
      guard steps.count == 2 else { continue }
      let (parent, student, _) = Self.spoken(steps[1])
      #expect(student.count == 1 && parent.isEmpty, "\(id): \(reply) -> student \(student), parent \(parent)")
      checked += 1
    }
    #expect(checked >= 3, "only \(checked) scenarios checked")
  }

  @Test("een parafrase met u blijft voor de ouder")
  func parentKeepsFormalCheck() throws {
    for reply in [
      "Dus u voelde zich buitengesloten. Klopt dat?", "Ik hoor dat u het best spannend vond.",
      "Als ik u goed begrijp, vond u het lastig om dat te zeggen.",
    ] {
      #expect(!ConversationEngine.reflectsInInformal(reply), "\(reply)")
    }
    for reply in Self.informalChecks { #expect(ConversationEngine.reflectsInInformal(reply), "\(reply)") }
  }

  @Test("woorden aan een kind dat er niet bij is: de ouder kan niet voor het kind spreken")
  func childNotAtTable() throws {
    var checked = 0
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      let (scenario, story) = try StoryPlaythroughTests.scenario(id)
      guard !scenario.studentPresent, let name = scenario.student?.name else { continue }
      for reply in ["Klopt dat, \(name)?", "\(name), hoe zie jij dat?", "Wat vind jij ervan, \(name)?"] {
        let (state, steps) = ScenarioPlaythroughTests.play(["Goedemiddag, fijn dat u er bent.", reply], in: scenario)
        guard state.outcome == nil, steps.count == 2 else { continue }
        let (parent, _, reason) = Self.spoken(steps[1])
        let line = try #require(parent.first)
        #expect(
          reason == .unclear && story.inVoice(StoryDefaults.childNotHere(name)).contains(line),
          "\(id): \(reply) -> \(line)")
        checked += 1
      }
    }
    #expect(checked >= 6, "only \(checked) replies checked")
  }

  static let remarks = [
    "Dat klinkt heerlijk; ik hoor dat u daar echt van geniet.",
    "Ik kan me voorstellen dat u daar nu al naar uitkijkt.", "Ik ben zelf ook gek op koken, vooral in het weekend.",
  ]

  @Test("een opmerking na een zijpad krijgt geen weigering om een vraag te beantwoorden", arguments: remarks)
  func remarkGetsNoRefusal(remark: String) throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario("verzuim-moeder-ontwijkt")
    for seed in UInt64(1)...8 {
      let (_, steps) = ScenarioPlaythroughTests.play(
        ["Wat maakt u het liefst als u een vrije dag heeft?", remark], in: scenario, seed: seed)
      guard steps.count == 2 else { continue }
      for line in Self.spoken(steps[1]).parent {
        #expect(!DutchStoryWords.refusesQuestion(line), "seed \(seed): \(remark) -> \(line)")
      }
    }
  }

  static let claims = [
    "Dus u vindt het daar prachtig, maar wel kaal.",
    "Als ik u goed begrijp, bent u er nog niet echt van onder de indruk.",
    "Dus u houdt wel van een beetje rust aan het strand.",
  ]

  @Test("een parafrase van een antwoord dat ze nooit gaf, bevestigt ze niet", arguments: claims)
  func claimNotConfirmed(claim: String) throws {
    var checked = 0
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      let (scenario, story) = try StoryPlaythroughTests.scenario(id)
      // Only a claim that names none of her topics: one that names a topic is confirmed or corrected on it.
      guard
        ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer()).topicMatcher?.topics(in: claim)
          .isEmpty == true
      else { continue }
      let (state, steps) = ScenarioPlaythroughTests.play(
        ["Goedemiddag.", "Gaat u deze zomer nog ergens naartoe op vakantie?", claim], in: scenario)
      guard state.outcome == nil, steps.count == 3, state.replyMarkers[1] == [.afleiden] else { continue }
      let (parent, _, reason) = Self.spoken(steps[2])
      let line = try #require(parent.first)
      let confirming = story.confirmLines + story.inVoice(StoryDefaults.confirm)
      #expect(!confirming.contains { line.hasPrefix($0) }, "\(id): \(claim) -> \(line) (\(String(describing: reason)))")
      checked += 1
    }
    #expect(checked >= 8, "only \(checked) scenarios checked")
  }

  static let invitations = [
    "Mevrouw, ik zie dat u een lijstje heeft meegenomen. Wat staat er voor u bovenaan?",
    "Welke vragen heeft u voor mij?", "Wat wilt u vandaag graag bespreken?", "Heeft u vragen voor mij?",
  ]

  @Test("uitgenodigd om haar eigen vragen te stellen, stelt ze haar vraag", arguments: invitations)
  func invitedToAsk(reply: String) throws {
    var checked = 0
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      let (scenario, story) = try StoryPlaythroughTests.scenario(id)
      // A question she has without a condition, that the invitation's own words do not answer.
      let answered =
        ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer()).topicMatcher?
        .answeredQuestions(in: reply) ?? []
      guard story.questions.contains(where: { $0.after.isEmpty && !answered.contains($0.id) }) else { continue }
      let (state, steps) = ScenarioPlaythroughTests.play(["Goedemiddag, fijn dat u er bent.", reply], in: scenario)
      guard state.outcome == nil, steps.count == 2, !Self.spoken(steps[1]).parent.isEmpty else { continue }
      let (_, _, reason) = Self.spoken(steps[1])
      #expect(reason == .question, "\(id): \(reply) -> \(Self.spoken(steps[1]).parent)")
      checked += 1
    }
    #expect(checked >= 5, "only \(checked) scenarios checked")
  }

  static let pointAnswers = ["Ja. {punt}", "Dat is echt zo: {punt}", "Nee, dat hoeft u niet te vrezen. {punt}"]

  @Test(
    "haar vraag bij een punt van school, beantwoord, neemt ze aan en vraagt ze niet opnieuw", arguments: pointAnswers)
  func pointQuestionAnswered(form: String) throws {
    var checked = 0
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      let (scenario, story) = try StoryPlaythroughTests.scenario(id)
      for point in story.schoolPoints where point.reaction.contains(where: { $0.hasSuffix("?") }) {
        for seed in UInt64(1)...4 {
          let answer = form.replacingOccurrences(of: "{punt}", with: point.point)
          // An answer read as a proposal (a day in it) gets her reaction to the proposal instead.
          let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
          let reading = StoryReading(
            DutchReplyAnalyzer().analyzeBounded(answer), matcher: try #require(engine.topicMatcher),
            studentName: scenario.student?.name)
          guard !reading.proposes else { continue }
          let (state, steps) = ScenarioPlaythroughTests.play(
            ["Goedemiddag, fijn dat u er bent.", point.point, answer], in: scenario, seed: seed)
          guard state.outcome == nil, steps.count == 3 else { continue }
          let asked = Self.spoken(steps[1])
          guard asked.reason == .topic, let line = asked.parent.first, line.hasSuffix("?"),
            point.reaction.contains(where: { story.inVoice([$0]).contains(line) || $0 == line })
          else { continue }
          let (parent, _, reason) = Self.spoken(steps[2])
          let about = steps[2].compactMap { if case .lineChosen(let choice) = $0 { choice.about } else { nil } }.last
          // Taken, she may tell what she kept back: a key fact.
          #expect(
            reason == .answer || (reason == .topic && story.keyFacts.contains { $0.id == about }),
            "\(id) seed \(seed): \(line) / \(answer) -> \(parent) (\(String(describing: reason)))")
          checked += 1
        }
      }
    }
    #expect(checked >= 3, "only \(checked) point questions checked")
  }
}
