import Foundation
import Testing

@testable import OudergesprekKit

/// The parent reads plans and proposals as they are: an open question is no proposal, a proposal she accepted is
/// an agreed next step, a question of hers that the same reply answers is not asked, and she does not take up an
/// offer nobody made (issue 11, eval10).
@Suite("Plannen en voorstellen worden gelezen zoals ze bedoeld zijn")
struct StoryPlanMisreadTests {
  static let openQuestions = [
    "Wat hebt u van ons nodig om Daan straks weer met een goed gevoel naar school te laten gaan?",
    "Wat zou voor u een goede volgende stap zijn?", "Hoe wilt u dat we nu verder gaan?",
  ]

  @Test("een open vraag is geen voorstel, ook niet als de analyser er een vervolgstap in hoort")
  func openQuestionIsNoProposal() {
    for question in Self.openQuestions {
      #expect(!ProposalReaction.proposes(question, markers: [.vervolgafspraak, .openVraag]), "\(question)")
    }
    for proposal in [
      "Ik stel voor dat we over twee weken opnieuw praten.", "Volgende week dinsdag bel ik u.",
      "Wanneer zal ik u bellen, dinsdag?",
    ] {
      #expect(ProposalReaction.proposes(proposal, markers: [.vervolgafspraak]), "\(proposal)")
    }
  }

  @Test(
    "op een open vraag wat ze nodig heeft reageert de ouder niet alsof ze een voorstel aanneemt",
    arguments: ["boze-vader-schorsing", "bezorgde-moeder-cijfers", "tienminuten-teleurgestelde-vader"])
  func openQuestionGetsNoProposalReaction(id: String) throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    for seed: UInt64 in 1...3 {
      let (_, steps) = ScenarioPlaythroughTests.play(
        ["Vertelt u eens wat er speelt.", Self.openQuestions[0]], in: scenario, seed: seed)
      let choice = steps.last?.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }.last
      #expect(choice?.reason != .proposal, "\(id) seed \(seed): \(String(describing: choice))")
    }
  }

  /// A transcript of one proposal and her answer to it at `intensity` with `reason`.
  func transcript(markers: [Marker], reason: LineChoice.Reason, intensity: Int) throws -> Transcript {
    var transcript = Transcript(scenario: try Fixtures.minimalScenario(), seed: 1, startedAt: Date())
    let calm = EmotionSnapshot(state: "kalm", name: "kalm", intensity: intensity)
    transcript.turns = [
      TranscriptTurn(speaker: .ouder, text: "Goedemiddag.", emotion: calm),
      TranscriptTurn(
        speaker: .docent, text: "Mijn voorstel is dat hij vooraan gaat zitten.", markers: markers, emotion: calm),
      {
        var answer = TranscriptTurn(speaker: .ouder, text: "Goed, zo doen we het.", emotion: calm)
        answer.reason = reason
        return answer
      }(),
    ]
    return transcript
  }

  @Test("een voorstel dat ze aannam is een afgesproken vervolgstap, ook zonder de markering vervolgafspraak")
  func acceptedProposalIsAgreed() throws {
    let accepted = try transcript(markers: [.ikBoodschap], reason: .proposal, intensity: 3)
    #expect(SessionReview(accepted).agreedNextStep(now: 3))
    // Tenser since, she does not count on it any more.
    #expect(!SessionReview(accepted).agreedNextStep(now: 6))
    // At 6 she asks a detail: not accepted.
    #expect(
      !SessionReview(try transcript(markers: [.ikBoodschap], reason: .proposal, intensity: 6)).agreedNextStep(now: 6))
    // A topic answer is no acceptance, and a rude proposal never counts.
    #expect(
      !SessionReview(try transcript(markers: [.ikBoodschap], reason: .topic, intensity: 3)).agreedNextStep(now: 3))
    #expect(!SessionReview(try transcript(markers: [.bevelen], reason: .proposal, intensity: 3)).agreedNextStep(now: 3))
  }

  @Test("een contactzin met de tijd ervoor ('Over drie weken, op vrijdag, stuur ik u ...') noemt die tijd")
  func frontedTime() {
    #expect(ProposalEcho.echo(in: "Over drie weken, op vrijdag, stuur ik u een kort mailtje hoe het gaat.") != nil)
    #expect(ProposalEcho.echo(in: "Morgen, na de les, bel ik u even.") == "morgen na de les")
    #expect(ProposalEcho.echo(in: "Volgende week, als de toetsen terug zijn, mail ik u de cijfers.") == "volgende week")
    // A call after someone else's time keeps that time someone else's.
    #expect(ProposalEcho.echo(in: "Ik spreek meneer Bosman maandag en daarna bel ik je.") == nil)
  }

  @Test("haar vraag naar wie erbij is of wanneer vervalt als hetzelfde antwoord dat al geeft")
  func detailGiven() {
    let who = "En wie zitten daar dan allemaal bij?"
    #expect(DutchStoryWords.asksDetailGiven(who, reply: "Er is een gesprek met Daan, u en de teamleider."))
    #expect(DutchStoryWords.asksDetailGiven(who, reply: "We zitten met de zorgcoördinator en mij om tafel."))
    #expect(DutchStoryWords.asksDetailGiven(who, reply: "Dat doen we samen met Sanne, haar mentor en u."))
    #expect(!DutchStoryWords.asksDetailGiven(who, reply: "Na de schorsing is er een terugkeergesprek."))
    let when = "Wanneer is dat dan?"
    #expect(DutchStoryWords.asksDetailGiven(when, reply: "Dat gesprek is donderdag om half negen."))
    #expect(!DutchStoryWords.asksDetailGiven(when, reply: "Er komt een gesprek met de teamleider."))
  }

  @Test("een schoolpunt met een voorstel dat haar vraag beantwoordt: reactie op punt en voorstel")
  func pointWithProposal() throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario("boze-vader-schorsing")
    for seed: UInt64 in 1...3 {
      let (_, steps) = ScenarioPlaythroughTests.play(
        [
          "Ik hoor hoe boos u bent.",
          "Maandag is er een terugkeergesprek met Daan, u en de teamleider. Ik stel voor om half negen te beginnen.",
        ], in: scenario, seed: seed)
      let events = try #require(steps.last)
      if events.contains(where: { if case .ended = $0 { true } else { false } }) { continue }
      let choice = events.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }.last
      #expect(
        choice?.reason == .proposal && choice?.about == "terugkeergesprek",
        "seed \(seed): \(String(describing: choice))")
    }
  }

  @Test("'Stuurt u het maar op' neemt een aanbod aan: niet als er niets werd aangeboden")
  func offerTakingNeedsOffer() throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario("vader-belt-terug-practica")
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    var progress = StoryProgress()
    for line in ["Stuurt u het maar op. Dan kijk ik ernaar.", "Goed, zo doen we het.", "Mailt u het maar."] {
      for reply in [
        "U had wel even kunnen terugbellen.", "Ruben heeft drie practica gemist.", "Hoe gaat het met hem?",
      ] {
        progress.lastReply = reply
        #expect(engine.contradictsLastReply(line, progress: progress), "\(line) na \(reply)")
      }
      for reply in [
        "Ik stuur u de data van de inhaalmomenten.", "Zal ik u een overzicht mailen?",
        "Ik stel voor dat hij woensdag inhaalt.",
      ] {
        progress.lastReply = reply
        #expect(!engine.contradictsLastReply(line, progress: progress), "\(line) na \(reply)")
      }
    }
  }
}
