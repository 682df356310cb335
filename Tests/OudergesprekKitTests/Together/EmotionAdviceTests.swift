import OudergesprekKit
import Testing

@Suite("Aanwijzing voor de collega die de ouder speelt")
struct EmotionAdviceTests {
  private func advice(after reply: String, from replies: [String] = []) -> EmotionAdvice {
    let scenario = TogetherFixtures.mother
    let engine = ConversationEngine(scenario: scenario, analyzer: ScriptedAnalyzer(TogetherFixtures.replies))
    var (state, _) = engine.start(seed: 1)
    for earlier in replies { state = engine.respond(to: earlier, in: state).0 }
    let (next, events) = engine.respond(to: reply, in: state)
    return EmotionAdvice(events: events, emotion: engine.emotion(of: next), scenario: scenario)
  }

  @Test("een gevoelsreflectie: wat de docent deed, de richting, de reden uit het scenario en de nieuwe stemming")
  func calmer() {
    let advice = advice(after: "Ik hoor dat u zich zorgen maakt.")
    #expect(advice.text.hasPrefix("De docent benoemde je gevoel (gevoelsreflectie): je wordt"))
    #expect(advice.text.contains("rustiger"))
    #expect(advice.text.contains("ze durft meer te vertellen"))
    #expect(advice.text.hasSuffix("Speel nu: \(advice.emotion.name) (\(advice.emotion.intensity)/10)."))
  }

  @Test("een blokkade maakt de ouder feller")
  func angrier() {
    let advice = advice(after: "U moet strenger zijn.")
    #expect(advice.text.contains("droeg je iets op (bevelen)"))
    #expect(advice.text.contains("feller"))
  }

  @Test("verandert er niets, dan blijft de collega in dezelfde stemming")
  func unchanged() {
    let advice = advice(after: "Hoe ziet u dat?", from: ["Ik hoor dat u zich zorgen maakt."])
    #expect(advice.text.contains("dat verandert weinig"))
    #expect(advice.text.contains("Blijf in je stemming: \(advice.emotion.name)"))
  }
}
