import OudergesprekKit
import Testing

@Suite("Feedback op een antwoord")
struct ReplyFeedbackTests {
  let analyzer = DutchReplyAnalyzer()

  @Test("Een ik-boodschap zonder gevolg: feedback noemt wat goed ging en vraagt naar het gevolg")
  func missingConsequence() {
    let line = ReplyFeedback.line(for: analyzer.analyze("Ik maak me zorgen omdat Daan vaak te laat komt."))
    #expect(line.hasPrefix("Goed: je spreekt vanuit jezelf"))
    #expect(line.contains("Je ik-boodschap mist het gevolg: wat doet dit gedrag met jou of met de klas?"))
  }

  @Test("Adviseren krijgt de volgende stap: eerst laten merken dat je de zorg hoort")
  func advice() {
    let line = ReplyFeedback.line(for: analyzer.analyze("Misschien moet u zijn telefoon innemen."))
    #expect(line == "Dit is adviseren; probeer eerst te laten merken dat je de zorg hoort.")
  }

  @Test("Gevoelsreflectie met open vraag: beide worden geprezen")
  func praise() {
    let line = ReplyFeedback.line(for: analyzer.analyze("Ik hoor dat u boos bent. Wat is er gebeurd?"))
    #expect(line.contains("gevoelsreflectie") && line.contains("open vraag"))
  }

  @Test("Elke blokkade heeft een eigen advies")
  func everyBlockadeHasAdvice() {
    for marker in MarkerFamily.blokkade.markers {
      let line = ReplyFeedback.nextStep(for: ReplyAnalysis(text: "x", markers: [marker]))
      #expect(line.hasPrefix("Dit is \(marker.dutchName)"))
    }
  }
}
