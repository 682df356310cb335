/// Sentence shapes in which words of blame are no blame, shared by every rule of bekritiseren and etiketteren so
/// that a fix reaches all of them (issue 12: "', zegt u' is no blame" was known to one rule and not the others).
///
/// - `reportedView`: the other person's own view or words, restated ("U vindt dat hij altijd te laat is.",
///   "Je zegt dat hij nooit luistert.", "Hij is lui, zegt u."): parafrase, not the teacher's judgement.
/// - `feelingFirst`: the teacher's own feeling first, then the child's concrete behaviour ("Ik schrik ervan dat
///   hij steeds te laat is.", "Ik maak me zorgen, want je bent al zes keer te laat gekomen."): an ik-boodschap.
///   A feeling judged about the parent ("Ik vind het vervelend dat u altijd ...") stays blame (labels.md): these
///   shapes need a feeling state or verb, and the child or a counted behaviour after it.
enum DutchBlameExceptions {
  static let reportedView: [String] = [
    "^ @jij @versterker? vindt|vind|vinden|vond|vonden|denkt|denk|denken|dacht|zegt|zeg|zeggen|zei|vertelt|vertelde|bedoelt|merkt|ziet|hoort|ervaart dat",
    "^ @jij heeft|hebt|hebben|had @versterker? het gevoel|idee dat",
    "zegt|zei|vertelt|vertelde|zeggen|zeiden @jij $",
  ]

  static let feelingFirst: [String] = [
    "^ ik ... @gevoel|zorgen ... dat|want|nu|omdat|doordat|sinds|toen @naam|@kind",
    "^ ik schrik|schrok|baal|baalde|pieker|piekerde|twijfel|worstel ... dat|want|nu|omdat|doordat|sinds @naam|@kind",
    "ik ... @gevoel|zorgen|schrik|schrok ... @getal|@aantal keer|keren|dagen|weken|lessen",
    "ik ... @gevoel|zorgen ... @naam|@kind|je|jij ... @getal|@aantal keer|keren|dagen|weken|lessen",
  ]

  /// Both lists, for the `unless` of a rule of blame.
  static let all = reportedView + feelingFirst
}
