import OudergesprekKit
import Testing

/// The clause shapes of issue 12 beyond one rule: a consequence that is part of an ik-boodschap, the student at
/// the table, words in two classes. Each shape's own examples live in its rule (`CueRuleExampleTests`).
@Suite("Zinsvormen: gevolg of dreigement, bevel, oordeel, uitleg, sussen, gevoel, parafrase")
struct ClauseFormTests {
  let analyzer = DutchReplyAnalyzer()

  @Test("een natuurlijk gevolg is een deel van een ik-boodschap, geen dreigement")
  func consequenceIsPart() {
    let analysis = analyzer.analyze("Ik maak me zorgen, want als dit zo doorgaat mist ze de aansluiting.")
    #expect(analysis.markers == [.ikBoodschap])
    #expect(analysis.iMessageParts.contains(.gevolg))
    #expect(analysis.iMessageParts.contains(.gevoel))
  }

  /// The student at the table (je/jij) gets the same ik-boodschap as a child talked about.
  @Test(
    "een ik-boodschap aan de leerling: gedrag met 'dat je', gevolg met je als onderwerp of voorwerp",
    arguments: [
      "Ik schrok ervan dat je zomaar de klas uitliep, want toen kon ik de les niet afmaken.",
      "Het zit me dwars dat je niet meer naar de training komt.",
      "Ik ben blij dat je er weer bent.",
      "Ik maak me zorgen, want je hebt je werk niet af en zo loop je achter bij Engels.",
      "Sinds je je boeken thuislaat, zakken je cijfers, en dat vind ik jammer.",
      "Als je de hele les praat, komt mijn uitleg niet bij je binnen, en dat vind ik vervelend.",
      "Wanneer je door de klas roept, krijg ik de groep niet stil en dat irriteert me.",
    ])
  func studentIMessage(_ text: String) {
    #expect(analyzer.analyze(text).markers.contains(.ikBoodschap), "\(text)")
  }

  /// "erg" (also an intensifier) and "naar" (also a preposition) name a feeling only where nothing follows.
  @Test("'erg' en 'naar' na u of je zijn alleen aan het eind van de zin een gevoel")
  func wordsInTwoClasses() {
    for text in ["Jullie zijn erg laat.", "U bent naar school gegaan.", "Je bent erg vroeg vandaag."] {
      #expect(!analyzer.analyze(text).markers.contains(.gevoelsreflectie), "\(text)")
    }
    for text in ["U bent erg boos.", "Jullie zijn erg teleurgesteld.", "Je bent erg geschrokken."] {
      #expect(analyzer.analyze(text).markers.contains(.gevoelsreflectie), "\(text)")
    }
  }

  @Test("'ik kan er niets aan doen' is geen gevolg")
  func nothingToDoIsNoPart() {
    for text in [
      "Ik snap het, maar ik kan hier nu echt niets aan doen", "Daar kunnen wij niks aan veranderen.",
      "Ik kan er weinig aan doen.",
    ] {
      #expect(!analyzer.analyze(text).iMessageParts.contains(.gevolg), "\(text)")
    }
  }
}
