import Testing

@testable import OudergesprekKit

/// Her reply fits what was agreed (issue 11, eval11 misses): a proposal echoed in grammatical Dutch or not at all,
/// no acceptance twice in the same words, a day question answered, no question what is agreed right after an
/// agreement, no doubt about a plan when the closing's plan is about other things, and a side track that goes on
/// answered as one, with redirects that do not repeat word for word.
@Suite("Haar antwoord past bij wat er is afgesproken")
struct StoryAgreementFitTests {
  func engine(_ id: String) throws -> ConversationEngine {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    return ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
  }

  /// The parent's lines and their choices for `replies`, turn by turn.
  func lines(_ id: String, _ replies: [String], seed: UInt64 = 1) throws -> [(String, LineChoice?)] {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    let (_, steps) = ScenarioPlaythroughTests.play(replies, in: scenario, seed: seed)
    return steps.map { events in
      let line = events.compactMap { if case .parentSpeaks(let line, _) = $0 { line } else { nil } }.first ?? ""
      let choice = events.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }.last
      return (line, choice)
    }
  }

  @Test("het voorstel wordt als bijzin herhaald, met de schrijfwijze van de docent")
  func echoAsClause() {
    #expect(
      ProposalReaction.echo(of: "Ik stel voor dat het herstelgesprek volgende week woensdag is.")
        == "het herstelgesprek volgende week woensdag is")
    #expect(
      ProposalReaction.echo(of: "Mijn voorstel is dat ik donderdag een gesprekje met Sanne heb.")
        == "u donderdag een gesprekje met Sanne hebt")
    #expect(
      ProposalReaction.echo(of: "Zou Emma het fijn vinden als ik deze week even met haar praat?")
        == "u deze week even met haar praat")
    #expect(ProposalReaction.proposes("Zou Emma het fijn vinden als ik deze week even met haar praat?", markers: []))
  }

  @Test("geen herhaling als de zin niet schoon te herhalen is")
  func noEchoWhenNotClean() {
    for proposal in [
      "Ik stel voor dat ik morgen met haar praat over school.",
      "Ik stel voor dat ik de opdrachten die ze mist doorstuur.",
      "Ik stel voor dat we u volgende week bellen.",
      "Ik zou het fijn vinden als u hierin met ons optrekt.",
    ] {
      #expect(ProposalReaction.echo(of: proposal) == nil, "\(proposal)")
    }
  }

  @Test("een tweede instemming klinkt niet hetzelfde als de eerste")
  func noSameFrameTwice() {
    let echoes = ["u mij volgende week belt", "we over twee weken even bellen", "het gesprek donderdag is"]
    for (first, second) in zip(echoes, echoes.dropFirst() + echoes.prefix(1)) {
      for said in ProposalReaction.lines(intensity: 2, echo: first, phrase: nil) {
        let next = ProposalReaction.lines(intensity: 2, echo: second, phrase: nil, said: [said])
        let frame = String(said.prefix(12))
        #expect(!next.isEmpty)
        #expect(next.allSatisfy { !$0.hasPrefix(frame) }, "\(said) -> \(next)")
      }
    }
    // The same doubt in other words is a repeat too.
    for echo in echoes {
      let next = ProposalReaction.lines(
        intensity: 8, echo: echo, phrase: nil, said: ["En denkt u echt dat dat iets verandert?"])
      #expect(next.allSatisfy { !$0.contains("verandert") }, "\(next)")
    }
  }

  @Test("een voorstel met de vraag welke dag past krijgt ook daarop antwoord")
  func dayQuestionAnswered() throws {
    let answers = Set([2, 5, 8].flatMap { StoryDefaults.practical(.when, intensity: $0) })
    for proposal in [
      "Zullen we over twee weken even bellen? Welke dag past het beste in uw rooster?",
      "Ik stel voor dat we volgende week nog eens praten. Wanneer komt het u het beste uit?",
      "Zal ik u volgende week bellen? Hoe laat kunt u het beste?",
    ] {
      let (line, choice) = try #require(
        try lines("bezorgde-moeder-cijfers", ["Hoe gaat het met Sanne thuis?", proposal]).last)
      #expect(choice?.reason == .proposal, "\(proposal) -> \(line)")
      #expect(answers.contains { line.hasSuffix($0) }, "\(proposal) -> \(line)")
    }
  }

  @Test("na een afspraak vraagt haar regel bij tijdnood niet wat er afgesproken wordt")
  func timeLineAfterAgreement() throws {
    #expect(DutchStoryWords.asksNextStep("Voor ik ga: wanneer hoor ik iets?"))
    #expect(DutchStoryWords.asksNextStep("Ik wil u niet ophouden. Kunnen we het nog even concreet maken?"))
    for id in ["bezorgde-moeder-cijfers", "klacht-over-collega", "kennismaking-veeleisende-moeder"] {
      let engine = try engine(id)
      var progress = StoryProgress()
      #expect(engine.timeWarningLines(progress: progress) == engine.scenario.timeWarningLines)
      #expect(engine.scenario.timeWarningLines.contains(where: DutchStoryWords.asksNextStep), "\(id)")
      progress.nextStepTurn = 3
      let lines = engine.timeWarningLines(progress: progress)
      #expect(!lines.isEmpty, "\(id)")
      #expect(!lines.contains(where: DutchStoryWords.asksNextStep), "\(id): \(lines)")
    }
  }

  @Test("een voorstel zet de volgende stap: daarna vraagt ze er niet meer naar")
  func proposalSetsNextStep() throws {
    let engine = try engine("klacht-over-collega")
    for proposal in [
      "Ik stel voor dat ik u woensdag bel.", "Zullen we afspreken dat ik hem maandag spreek?",
      "Zou Emma het fijn vinden als ik deze week even met haar praat?",
    ] {
      var (state, _) = engine.start(seed: 1)
      (state, _) = engine.respond(to: proposal, in: state)
      #expect(state.story.nextStepTurn == 1, "\(proposal)")
    }
  }

  static let offCaseClosings = [
    "Dan geef ik u straks dat briefje mee, en hoor ik volgende week hoe de serie bevalt.",
    "Afgesproken: neemt u het recept mee, en ik vertel maandag hoe het smaakte.",
    "Als u nog een goede camping weet, hoor ik het volgende week graag.",
  ]

  @Test("na een afsluiting over iets anders twijfelt ze niet aan een plan dat er niet is")
  func closingAboutOtherThings() throws {
    for id in ["verzuim-moeder-ontwijkt", "kennismaking-veeleisende-moeder", "bezorgde-moeder-cijfers"] {
      let engine = try engine(id)
      let child = engine.scenario.student?.name
      let protests = try #require(ClosingLines.nothingAgreed(for: .protest, child: child))
      let unsatisfied = try #require(ClosingLines.nothingAgreed(for: .finished(.blijftOntevreden), child: child))
      for words in Self.offCaseClosings {
        var (state, _) = engine.start(seed: 1)
        let protest = try #require(engine.closingLine(for: .protest, kind: .vroeg, closingWords: [words], in: &state))
        #expect(protests.contains(protest.0), "\(id): \(words) -> \(protest.0)")
        let after = try #require(
          engine.closingLine(for: .finished(.blijftOntevreden), kind: .vroeg, closingWords: [words], in: &state))
        #expect(unsatisfied.contains(after.0), "\(id): \(words) -> \(after.0)")
        // Once a plan about the case was made, the closing's plan is doubted as a plan.
        var agreed = engine.start(seed: 1).0
        agreed.story.nextStepTurn = 4
        let doubt = try #require(engine.closingLine(for: .protest, kind: .vroeg, closingWords: [words], in: &agreed))
        #expect(ClosingLines.protestAfterPlan.contains(doubt.0), "\(id): \(doubt.0)")
      }
      // A plan about the case is one.
      var (state, _) = engine.start(seed: 1)
      let words = ["Dan bel ik u volgende week om te horen hoe het met het huiswerk gaat."]
      let protest = try #require(engine.closingLine(for: .protest, kind: .vroeg, closingWords: words, in: &state))
      #expect(ClosingLines.protestAfterPlan.contains(protest.0), "\(id): \(protest.0)")
    }
  }

  @Test("wie na een zijpad doorgaat over dat zijpad, krijgt een zijpadreactie")
  func sideTrackGoesOn() throws {
    let opening = "Kijkt u eigenlijk voetbal? Ik heb gisteravond de wedstrijd gezien en ik baal er nog steeds van."
    for reply in [
      "Dan kunt u hem dit weekend eens proberen.",
      "En als u volgende week weer in de buurt bent, vertelt u me dan wat u ervan vond?",
      "Heeft u ons nieuwe gebouw al gezien? Wat vindt u ervan?",
    ] {
      let turns = try lines("verzuim-moeder-ontwijkt", [opening, reply])
      #expect(turns.first?.1?.reason == .sidetrack)
      #expect(turns.last?.1?.reason == .sidetrack, "\(reply) -> \(turns.last?.0 ?? "")")
    }
    // Back to the case, she answers on it.
    for reply in ["Hoe gaat het 's ochtends met Bo?", "Hoe gaat het thuis met Bo?", "Wat merkt u aan Bo?"] {
      let turns = try lines("verzuim-moeder-ontwijkt", [opening, reply])
      #expect(turns.last?.1?.reason != .sidetrack, "\(reply) -> \(turns.last?.0 ?? "")")
    }
  }

  @Test("steeds weer een zijpad: geen terugverwijzing twee keer woordelijk, geen 'waarom' na een opmerking")
  func redirectsVary() throws {
    let replies = [
      "Kijkt u eigenlijk voetbal?", "Ik heb gisteravond de wedstrijd gezien en ik baal er nog steeds van.",
      "Gaat u deze zomer nog op vakantie?", "Ik ben net begonnen aan een Deense detectiveserie.",
      "Kookt u zelf graag?", "Ik maak zelf vaak lasagne in het weekend.", "Houdt u van wandelen?",
      "Ik ga zelf altijd kamperen in Zeeland.", "Heeft u een hond of een kat?",
    ]
    for seed: UInt64 in [1, 2] {
      let turns = try lines("verzuim-moeder-ontwijkt", replies, seed: seed)
      let redirects = turns.filter { $0.1?.reason == .sidetrack }.map(\.0)
      #expect(redirects.count >= 7, "seed \(seed): \(turns.map(\.0))")
      #expect(Set(redirects).count == redirects.count, "seed \(seed): \(redirects)")
      for (reply, turn) in zip(replies, turns) where !reply.contains("?") {
        #expect(!DutchStoryWords.refusesQuestion(turn.0), "\(reply) -> \(turn.0)")
      }
    }
  }
}
