import Testing

@testable import OudergesprekKit

/// A proposal mid-conversation gets her reaction to the proposal (not a topic line or her pending question),
/// and it answers her question what school is going to do (issue 11, cause 2).
@Suite("Een voorstel halverwege krijgt een reactie op het voorstel")
struct StoryProposalReactionTests {
  static let proposals = [
    "Zullen we afspreken dat ik u volgende week bel?", "Ik stel voor dat we over twee weken opnieuw praten.",
    "Wat vindt u ervan als ik volgende week even met de mentor overleg?",
  ]

  @Test(
    "in elk scenario reageert de ouder op het voorstel",
    arguments: StoryNoRepeatAcrossPoolsTests.ids)
  func reactsToProposal(id: String) throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    var checked = 0
    for proposal in Self.proposals {
      let (_, steps) = ScenarioPlaythroughTests.play(["Vertelt u eens.", proposal], in: scenario, seed: 3)
      let events = try #require(steps.last)
      if events.contains(where: { if case .ended = $0 { true } else { false } }) { continue }
      let choice = events.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }.last
      let blocked = events.contains {
        if case .analysed(let analysis) = $0 { analysis.markerSet.contains(where: \.isBlockade) } else { false }
      }
      if blocked { continue }
      #expect(choice?.reason == .proposal, "\(id): \(proposal) -> \(String(describing: choice))")
      checked += 1
    }
    #expect(checked >= 2, "\(id): only \(checked) proposals reached the rule")
  }

  @Test("een voorstel beantwoordt haar vraag wat school gaat doen")
  func proposalAnswersActionQuestion() throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario("bezorgde-moeder-cijfers")
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    var (state, _) = engine.start(seed: 1)
    state.story.asked = [AskedQuestion(id: "aanpak", turn: 0)]
    let (after, _) = engine.respond(to: "Zullen we afspreken dat ik u volgende week bel?", in: state)
    #expect(after.story.asked.first?.answeredAtTurn == 1)
    #expect(after.story.pendingQuestion == nil)
  }

  @Test("het voorstel wordt in haar woorden herhaald")
  func echo() {
    #expect(ProposalReaction.echo(of: "Zullen we afspreken dat ik u volgende week bel?") == "u mij volgende week belt")
    #expect(ProposalReaction.echo(of: "Zal ik u morgen even mailen?") == "u mij morgen even gaat mailen")
    #expect(ProposalReaction.echo(of: "Ik stel voor dat u mij vrijdag belt.") == "ik u vrijdag bel")
    #expect(
      ProposalReaction.echo(of: "Ik stel voor dat we over twee weken opnieuw praten.")
        == "we over twee weken opnieuw praten")
    #expect(ProposalReaction.echo(of: "Hoe gaat het thuis?") == nil)
  }
}
