import Testing

@testable import OudergesprekKit

/// The engine's stock lines fit the reply and her state: reassured only by a reassuring answer, an acknowledgement
/// taken only when her situation was acknowledged (or a fault admitted), no "wat bedoelt u?" to a question on why
/// they are here, and a student who asked for the conversation answers for herself (issue 11, eval10).
@Suite("Standaardregels passen bij het antwoord en de toestand")
struct StoryStockLineFitTests {
  func choice(_ events: [ConversationEvent]?) -> LineChoice? {
    events?.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }.last
  }

  func studentLines(_ events: [ConversationEvent]?) -> [String] {
    (events ?? []).compactMap { event -> String? in if case .studentSpeaks(let line) = event { line } else { nil } }
  }

  @Test("een antwoord dat iets achterhoudt stelt haar niet gerust; een geruststellend antwoord wel")
  func reassuredOnlyByReassurance() {
    for reply in [
      "Over de details van een andere leerling kan ik u niets vertellen.", "Het besluit blijft staan.",
      "Daar mag ik u niets over zeggen, dat begrijpt u vast.",
    ] {
      for intensity in [3, 6, 8] {
        let lines = StoryDefaults.answerTaken(intensity: intensity, reply: reply)
        #expect(!lines.isEmpty && lines.allSatisfy { !StoryDefaults.reassured.contains($0) }, "\(reply)")
        #expect(lines == StoryDefaults.withheldTaken(intensity: intensity))
      }
    }
    for reply in ["Nee, dat komt niet in zijn dossier.", "Daar hoeft u zich geen zorgen over te maken."] {
      #expect(StoryDefaults.answerTaken(intensity: 3, reply: reply).contains { StoryDefaults.reassured.contains($0) })
    }
    #expect(
      !StoryDefaults.answerTaken(intensity: 3, reply: "Hij krijgt een gesprek met de teamleider.").contains {
        StoryDefaults.reassured.contains($0)
      })
  }

  static let pleasant = [
    "Dat klinkt heerlijk, ik merk dat u er echt naar uitkijkt.", "Wat gezellig, daar hebt u vast zin in.",
    "Dat klinkt leuk, daar geniet u vast van.",
  ]

  @Test("een reflectie op een prettig gevoel is geen erkenning van haar situatie")
  func pleasantReflection() throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario("boze-vader-schorsing")
    let matcher = TopicMatcher(story: try #require(scenario.story), names: ["Daan"])
    for text in Self.pleasant {
      let reading = StoryReading(
        ReplyAnalysis(text: text, markers: [.gevoelsreflectie], iMessageParts: []), matcher: matcher,
        studentName: "Daan")
      #expect(reading.reflectsPleasure && !reading.acknowledges, "\(text)")
    }
    let grievance = StoryReading(
      ReplyAnalysis(text: "Ik merk dat u erg boos bent.", markers: [.gevoelsreflectie], iMessageParts: []),
      matcher: matcher, studentName: "Daan")
    #expect(grievance.acknowledges && !grievance.reflectsPleasure)
  }

  @Test("'Wat gezellig', 'Wat fijn dat ...' roepen uit, ze vragen niets")
  func exclamationIsNoQuestion() throws {
    let (_, story) = try StoryPlaythroughTests.scenario("bezorgde-moeder-cijfers")
    let matcher = TopicMatcher(story: story, names: ["Sanne"])
    for text in [
      "Wat gezellig, daar hebt u vast zin in.", "Wat fijn dat u terugbelt!", "Wat jammer dat het niet lukte.",
    ] {
      #expect(!matcher.questionShape(of: text).asks, "\(text)")
    }
    for text in ["Wat vindt u daarvan", "Wat is er gebeurd?", "Wat fijn is voor haar, denkt u?"] {
      #expect(matcher.questionShape(of: text).asks, "\(text)")
    }
  }

  @Test("na een vraag over iets anders gaat een prettige reflectie door op dat andere onderwerp")
  func pleasantAfterSideTrack() throws {
    var checked = 0
    for id in ["boze-vader-schorsing", "klacht-cijfer-examenklas", "tienminuten-teleurgestelde-vader"] {
      let (scenario, _) = try StoryPlaythroughTests.scenario(id)
      for (seed, text) in zip(1...3, Self.pleasant) {
        let (_, steps) = ScenarioPlaythroughTests.play(
          ["Hebt u al plannen voor de kerstvakantie? Waar gaat u het liefst naartoe?", text], in: scenario,
          seed: UInt64(seed))
        // Only after a question she took as a side track.
        guard steps.count == 2, choice(steps.first)?.reason == .sidetrack else { continue }
        #expect(choice(steps.last)?.reason == .sidetrack, "\(id): \(text) -> \(String(describing: choice(steps.last)))")
        checked += 1
      }
    }
    #expect(checked >= 4, "only \(checked) side tracks reached the rule")
  }

  @Test("de docent die een fout toegeeft krijgt een reactie op die erkenning, geen regel van een onderwerp")
  func admission() throws {
    for text in [
      "daar hebt u een punt ik had na die eerste onvoldoende al contact met u kunnen opnemen",
      "u hebt gelijk dat had ik eerder moeten melden", "dat neem ik mee het had beter gekund",
    ] {
      #expect(DutchStoryWords.acknowledges(text), "\(text)")
    }
    #expect(!DutchStoryWords.admits("ik had hem gisteren nog gesproken"))
    let (scenario, _) = try StoryPlaythroughTests.scenario("tienminuten-teleurgestelde-vader")
    for seed: UInt64 in 1...3 {
      let (_, steps) = ScenarioPlaythroughTests.play(
        [
          "Goedenavond meneer Jansen.",
          "Daar hebt u een punt: ik had na die eerste onvoldoende al contact met u kunnen opnemen. Dat neem ik mee.",
        ], in: scenario, seed: seed)
      #expect(choice(steps.last)?.reason == .feeling, "seed \(seed): \(String(describing: choice(steps.last)))")
    }
  }

  @Test(
    "de vraag of ze weet waarom ze er zijn beantwoordt ze met haar verhaal, niet met 'wat bedoelt u?'",
    arguments: [
      ("sociale-media-nepaccount", "U weet wel waarom we hier zitten, toch?"),
      ("bezorgde-moeder-cijfers", "U weet vast waar dit gesprek over gaat?"),
      ("pesten-vader-van-pester", "Weet u waarom ik u heb uitgenodigd?"),
    ])
  func purposeQuestion(id: String, question: String) throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    for seed: UInt64 in 1...3 {
      let (_, steps) = ScenarioPlaythroughTests.play([question], in: scenario, seed: seed)
      let reason = choice(steps.last)?.reason
      #expect(reason != .unclear && reason != .state, "\(id) seed \(seed): \(String(describing: reason))")
    }
  }

  @Test("een leerling die zelf om het gesprek vroeg bevestigt wat de docent bij haar checkt")
  func studentConfirms() throws {
    let (scenario, story) = try StoryPlaythroughTests.scenario("leerling-vraagt-gesprek-overbelast")
    #expect(scenario.initiator == .leerling)
    let helps = try #require(story.topic("wat-helpt")?.studentLines)
    for seed: UInt64 in 1...3 {
      let (_, steps) = ScenarioPlaythroughTests.play(
        ["Fijn dat jullie er zijn.", "Ze wilde juist dat u het goed zou horen. Mila, klopt dat?"], in: scenario,
        seed: seed)
      let said = studentLines(steps.last)
      #expect(said.count == 1 && StudentDefaults.confirm.contains(said[0]), "seed \(seed): \(said)")
    }
    for (seed, question) in zip(
      1...3,
      [
        "Mila, als je één ding zou mogen veranderen, wat zou jou dan het meest helpen?",
        "Mila, wat zou je helpen?", "Mila, wat zou jou helpen om het vol te houden?",
      ])
    {
      let (_, steps) = ScenarioPlaythroughTests.play(
        ["Fijn dat jullie er zijn.", question], in: scenario, seed: UInt64(seed))
      let said = studentLines(steps.last)
      #expect(said.count == 1 && helps.contains(said[0]), "\(question): \(said)")
    }
  }
}
