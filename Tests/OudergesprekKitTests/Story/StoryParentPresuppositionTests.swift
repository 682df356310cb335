import Testing

@testable import OudergesprekKit

/// A topic line that opens as the answer to a yes/no question ("Ja. Ik had ze gezien.") waits for such a question
/// on its topic: said to a greeting that names the topic, it presupposes a question nobody asked (issue 11, eval10).
@Suite("Een ja/nee-antwoord van de ouder wacht op de vraag")
struct StoryParentPresuppositionTests {
  @Test(
    "een regel die met ja of nee opent past alleen bij een ja/nee-vraag over het onderwerp",
    arguments: [
      (
        "vader-belt-terug-practica", "berichten", "Wat fijn dat u terugbelt!", "Hebt u mijn mails gezien?"
      ),
      (
        "gedrag-in-de-les-tienminuten", "adhd", "Ik weet uit zijn dossier dat hij ADHD heeft.",
        "Heeft Jesse ADHD?"
      ),
      (
        "zittenblijven-rapportgesprek", "eerder-contact", "Wij hebben u in maart een brief gestuurd.",
        "Hebt u de brief van maart ontvangen?"
      ),
    ])
  func answerWaitsForQuestion(id: String, topic: String, statement: String, question: String) throws {
    let (scenario, story) = try StoryPlaythroughTests.scenario(id)
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    let matcher = try #require(engine.topicMatcher)
    #expect(matcher.topics(in: statement).contains(topic), "\(statement)")
    #expect(matcher.topics(in: question).contains(topic), "\(question)")
    let lines = try #require(story.topic(topic)).guardedLines.filter {
      ConversationEngine.answerWords.contains(
        DutchStoryWords.plain($0).split(separator: " ").first.map(String.init) ?? "")
    }
    #expect(!lines.isEmpty)
    for line in lines {
      #expect(engine.answersUnasked(line, topic: topic, reply: statement, story: story), "\(line) na \(statement)")
      #expect(!engine.answersUnasked(line, topic: topic, reply: question, story: story), "\(line) na \(question)")
    }
  }
}
