import OudergesprekKit
import Testing

/// The clause shapes of issue 12 (`DutchClauseForms` and the consequence that is no threat): every shape with
/// at least three different examples that carry its marker and counter-examples that do not.
@Suite("Zinsvormen: gevolg of dreigement, bevel, oordeel, uitleg, sussen, gevoel, parafrase")
struct ClauseFormTests {
  let analyzer = DutchReplyAnalyzer()

  struct Shape: Sendable, CustomTestStringConvertible {
    var name: String
    var marker: Marker
    var examples: [String]
    var counterExamples: [String]
    var testDescription: String { name }
  }

  static let shapes: [Shape] = [
    Shape(
      name: "dreigen met een sanctie van school of docent", marker: .waarschuwen,
      examples: [
        "Als hij zo doorgaat, dan bel ik de conciërge.", "Als hij zo doorgaat, dan krijgt hij een 1.",
        "Als dit zo doorgaat, moet hij van school.", "Als ze zo doorgaat, wordt ze geschorst.",
        "Als jullie zo doorgaan, spreek ik jullie alleen nog samen met de mentor.",
      ],
      counterExamples: [
        "Ik maak me zorgen, want als dit zo doorgaat mist ze de aansluiting.",
        "Ik ben bezorgd, want als hij zo doorgaat mist hij de uitleg.",
        "Als Sem zo doorgaat, loopt hij achter bij wiskunde, en dat vind ik jammer.",
      ]),
    Shape(
      name: "beleefd of zonder werkwoord bevelen", marker: .bevelen,
      examples: [
        "Geeft u me eerst de kans om het uit te leggen.", "Geeft u mij die brief even.",
        "Nu luistert u even naar mij.", "Nu luister jij eens goed.", "Schoenen uit.", "Jassen uit.", "Pet af.",
      ],
      counterExamples: [
        "Geeft u me gerust een seintje als er iets is.", "Geeft u me een belletje als het niet lukt?",
        "Zijn telefoon is weg.",
      ]),
    Shape(
      name: "een oordeel in ik-vorm", marker: .bekritiseren,
      examples: [
        "Ik vind dat geen goede reactie.", "Ik vind dit geen nette opmerking van u.",
        "Ik vond dat geen handige keuze.",
      ],
      counterExamples: ["Ik vind dat een goede vraag.", "Ik vind het fijn dat u er bent."]),
    Shape(
      name: "achteraf verwijten", marker: .bekritiseren,
      examples: [
        "Als u thuis wat strenger was geweest, was dit niet gebeurd.",
        "Als u eerder had gebeld, hadden we het kunnen voorkomen.",
        "Als jullie beter hadden opgelet, was hij niet gevallen.", "Had u maar eerder aan de bel getrokken.",
      ],
      counterExamples: ["Als ik dat had geweten, had ik u eerder gebeld.", "Had u nog een vraag?"]),
    Shape(
      name: "een oorzaak invullen", marker: .interpreteren,
      examples: [
        "Dat komt vast door de scheiding.", "Het ligt gewoon aan de verhuizing.",
        "Dat komt natuurlijk door zijn nieuwe vrienden.",
      ],
      counterExamples: ["Dat komt door de roosterwijziging.", "Waar komt dat volgens u door?"]),
    Shape(
      name: "sussen met een vergelijking of een goede bedoeling", marker: .geruststellen,
      examples: [
        "Meneer Bosman bedoelt het vast niet zo.", "Ze bedoelde het heus niet kwaad.",
        "Kinderen vergeten zoiets sneller dan je denkt.", "Dat gaat sneller over dan u denkt.",
      ],
      counterExamples: ["Wat bedoelt u daarmee?", "Het is ingewikkelder dan u denkt."]),
    Shape(
      name: "een gevoel als zelfstandig naamwoord of als zware dag", marker: .gevoelsreflectie,
      examples: [
        "Dat is een grote teleurstelling.", "Dat moet een flinke schok zijn geweest.",
        "Dit is een enorme klap voor u.", "Ik zie dat dit voor u een verdrietige dag is.",
        "Dit is voor jullie vast een zware tijd.",
      ],
      counterExamples: ["Dat is een grote verbetering.", "Is dinsdag voor u een handige dag?"]),
    Shape(
      name: "een mening teruggeven met 'u vindt ... te'", marker: .parafrase,
      examples: [
        "U vindt de straf te zwaar voor wat er gebeurd is.", "Jullie vinden het huiswerk te veel.",
        "Je vindt de toets te moeilijk.",
      ],
      counterExamples: ["Vindt u de straf te zwaar?", "Ik vind de straf te zwaar."]),
  ]

  @Test("elk voorbeeld heeft de marker, geen tegenvoorbeeld", arguments: shapes)
  func shape(_ shape: Shape) {
    #expect(shape.examples.count >= 3)
    for example in shape.examples {
      #expect(analyzer.analyze(example).markers.contains(shape.marker), "\(example)")
    }
    for counter in shape.counterExamples {
      #expect(!analyzer.analyze(counter).markers.contains(shape.marker), "\(counter)")
    }
  }

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
