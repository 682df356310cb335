import OudergesprekKit

/// A reply analyser for tests: it knows a fixed table of sentences and their markers, nothing else.
///
/// It lets tests of the logic built on markers (rubrics, flows) run without depending on the real analyser.
struct FakeAnalyzer: ReplyAnalyzer {
  var table: [String: (markers: [Marker], parts: [IMessagePart])]

  func analyze(_ reply: String) -> ReplyAnalysis {
    let entry = table[reply] ?? ([], [])
    return ReplyAnalysis(text: reply, markers: entry.markers, iMessageParts: entry.parts)
  }
}

/// Closing sentences with the markers the fake analyser gives them.
enum ClosingSentences {
  static let announce = "Ik stel voor dat we het gesprek nu afronden."
  static let iMessage = "Ik merk dat we steeds op hetzelfde punt uitkomen en daar word ik onrustig van."
  static let partialReason = "Ik merk dat we in een kringetje draaien."
  static let feeling = "Ik zie dat dit u erg boos maakt."
  static let nextStep = "Zullen we volgende week dinsdag verder praten, met de teamleider erbij?"
  static let thanks = "Dank u wel voor uw komst."
  static let summary = "Samengevat: Sanne slaapt slecht en we spreken af dat zij met de zorgcoördinator praat."
  static let blame = "U luistert gewoon niet, zo heeft het geen zin."
  static let order = "Gaat u nu maar naar huis."
  static let reassure = "Maakt u zich geen zorgen, het komt wel goed."
  static let neutral = "Ik begrijp het."
  static let provoke = "Dat heeft u zelf zo laten gebeuren."

  static let analyzer = FakeAnalyzer(table: [
    announce: ([.afrondingAankondigen], []),
    iMessage: ([.ikBoodschap], [.gedrag, .gevoel]),
    partialReason: ([], [.gedrag]),
    feeling: ([.gevoelsreflectie], []),
    nextStep: ([.vervolgafspraak], []),
    thanks: ([.bedanken], []),
    summary: ([.samenvatting, .vervolgafspraak], []),
    blame: ([.jijBoodschap], []),
    order: ([.bevelen], []),
    reassure: ([.geruststellen], []),
    provoke: ([.bekritiseren], []),
  ])

  static func analyses(_ sentences: String...) -> [ReplyAnalysis] {
    sentences.map(analyzer.analyze)
  }
}
