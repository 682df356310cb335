// swift-format-ignore-file
// Written by `oudergesprek leer` (scripts/train-analyser-model); do not edit by hand.

/// The weights of the shipped marker model, one `feature|marker|weight` per line.
enum MarkerModelWeights {
  static let text = #"""
basis|ik-boodschap|-12.26
basis|jij-boodschap|-6.89
basis|parafrase|-7.78
basis|gevoelsreflectie|-9.54
basis|samenvatting|-14.91
basis|open-vraag|-13.81
basis|aanmoediging|-3.03
basis|bevelen|-6.44
basis|waarschuwen|-5.62
basis|moraliseren|-5.71
basis|adviseren|-6.88
basis|argumenteren|-9.2
basis|bekritiseren|-9.98
basis|prijzen|-9.31
basis|etiketteren|-5.73
basis|interpreteren|-7.66
basis|geruststellen|-7.46
basis|ondervragen|-6.81
basis|afleiden|-6.77
basis|afronding-aankondigen|-10.26
basis|vervolgafspraak|-12.33
basis|bedanken|-10.02
begin:ach|gevoelsreflectie|-0.97
begin:ach|prijzen|-0.84
begin:ach|geruststellen|-2.43
begin:ach|afleiden|1.89
begin:ah|parafrase|-0.99
begin:aha|aanmoediging|0.96
begin:alles|bevelen|-0.96
begin:als|ik-boodschap|-0.91
begin:als|jij-boodschap|-1.92
begin:als|parafrase|0.98
begin:als|gevoelsreflectie|-0.23
begin:als|samenvatting|-0.89
begin:als|aanmoediging|-0.87
begin:als|bevelen|-1.92
begin:als|waarschuwen|1.74
begin:als|adviseren|-0.1
begin:als|argumenteren|-2.62
begin:als|bekritiseren|-1.92
begin:als|prijzen|-1.8
begin:als|interpreteren|-1.0
begin:als|geruststellen|-1.0
begin:als|ondervragen|-1.92
begin:als|afleiden|-0.96
begin:als|vervolgafspraak|-1.0
begin:amira|bekritiseren|0.8
begin:anders|bevelen|-0.83
begin:anders|waarschuwen|0.97
begin:bedankt|jij-boodschap|-0.93
begin:bedankt|samenvatting|-0.8
begin:bedankt|bekritiseren|-1.68
begin:bedankt|prijzen|-0.96
begin:bedankt|afronding-aankondigen|-1.0
begin:bedankt|vervolgafspraak|-1.93
begin:bedankt|bedanken|2.93
begin:begrijp|afleiden|-0.93
begin:bram|jij-boodschap|0.72
begin:bram|moraliseren|-0.95
begin:bram|bekritiseren|-0.98
begin:daan|jij-boodschap|1.0
begin:daan|afleiden|-0.99
begin:daan|vervolgafspraak|-1.0
begin:daar|bevelen|-0.92
begin:daar|geruststellen|0.98
begin:daar|afleiden|0.93
begin:daardoor|ik-boodschap|-0.95
begin:dan|prijzen|-0.62
begin:dan|bedanken|1.0
begin:dank|samenvatting|-0.99
begin:dank|interpreteren|-1.0
begin:dank|geruststellen|-0.9
begin:dank|afronding-aankondigen|-1.6
begin:dank|vervolgafspraak|-0.95
begin:dankjewel|afronding-aankondigen|-0.93
begin:dankuwel|afronding-aankondigen|-0.9
begin:dankzij|samenvatting|-0.98
begin:dat|ik-boodschap|0.11
begin:dat|jij-boodschap|-0.97
begin:dat|gevoelsreflectie|1.8
begin:dat|samenvatting|-1.0
begin:dat|open-vraag|-0.94
begin:dat|bevelen|-1.0
begin:dat|waarschuwen|-0.95
begin:dat|moraliseren|-1.85
begin:dat|argumenteren|0.21
begin:dat|bekritiseren|1.11
begin:dat|prijzen|-1.97
begin:dat|geruststellen|-1.34
begin:dat|afleiden|0.96
begin:dat|bedanken|-1.0
begin:de|jij-boodschap|-0.73
begin:de|waarschuwen|-0.86
begin:de|moraliseren|-0.95
begin:de|argumenteren|0.61
begin:de|bekritiseren|-0.95
begin:de|geruststellen|-1.0
begin:denk|waarschuwen|0.96
begin:denk|interpreteren|-0.96
begin:die|jij-boodschap|-0.96
begin:die|argumenteren|0.49
begin:die|bekritiseren|1.44
begin:dit|parafrase|-0.99
begin:dit|gevoelsreflectie|0.99
begin:dit|waarschuwen|1.58
begin:dit|bekritiseren|2.86
begin:dit|afleiden|-0.97
begin:dit|bedanken|-0.94
begin:doe|jij-boodschap|-1.0
begin:doe|moraliseren|-1.0
begin:doe|etiketteren|1.86
begin:doet|jij-boodschap|-2.31
begin:dus|ik-boodschap|-0.94
begin:dus|jij-boodschap|0.93
begin:dus|parafrase|1.91
begin:dus|gevoelsreflectie|-0.91
begin:dus|samenvatting|1.17
begin:dus|aanmoediging|-0.99
begin:dus|argumenteren|-0.96
begin:dus|bekritiseren|1.26
begin:dus|interpreteren|-0.99
begin:dus|vervolgafspraak|0.81
begin:echt|adviseren|0.85
begin:een|parafrase|-1.0
begin:een|samenvatting|-1.0
begin:een|waarschuwen|-0.99
begin:een|moraliseren|1.98
begin:een|adviseren|-0.97
begin:een|bekritiseren|-1.0
begin:een|prijzen|0.95
begin:een|etiketteren|-0.87
begin:een|afleiden|-0.99
begin:eerlijk|jij-boodschap|0.94
begin:eerlijk|moraliseren|0.99
begin:eerlijk|bekritiseren|0.94
begin:eigenlijk|moraliseren|-0.77
begin:eigenlijk|adviseren|-0.99
begin:eigenlijk|interpreteren|1.82
begin:eigenlijk|bedanken|-0.87
begin:en|ik-boodschap|-0.67
begin:en|samenvatting|-0.94
begin:even|parafrase|-0.11
begin:even|samenvatting|2.11
begin:even|argumenteren|-0.95
begin:even|vervolgafspraak|-0.56
begin:even|bedanken|0.79
begin:feit|argumenteren|0.85
begin:fenna|bekritiseren|-1.78
begin:fijn|jij-boodschap|1.72
begin:fijn|bekritiseren|0.41
begin:ga|bevelen|0.88
begin:ga|waarschuwen|0.92
begin:ga|bekritiseren|-0.94
begin:gaat|parafrase|-0.84
begin:gaat|waarschuwen|0.94
begin:gaat|adviseren|-1.0
begin:geen|jij-boodschap|-0.42
begin:geen|parafrase|-0.95
begin:geen|bevelen|0.9
begin:geen|argumenteren|-0.9
begin:goed|parafrase|-0.96
begin:goed|adviseren|-0.99
begin:goed|afleiden|0.87
begin:goedemiddag|bevelen|-0.95
begin:goedemiddag|bekritiseren|0.94
begin:haar|jij-boodschap|-0.98
begin:had|bekritiseren|0.73
begin:haha|moraliseren|-0.98
begin:haha|argumenteren|-0.98
begin:haha|geruststellen|-0.98
begin:haha|afleiden|0.98
begin:hartelijk|parafrase|-1.0
begin:hartelijk|open-vraag|-1.0
begin:hartelijk|aanmoediging|-1.0
begin:hartelijk|bedanken|1.0
begin:heb|parafrase|0.99
begin:heeft|open-vraag|-0.96
begin:heeft|adviseren|0.99
begin:heeft|bekritiseren|-0.93
begin:heeft|ondervragen|0.82
begin:heel|gevoelsreflectie|-0.91
begin:het|jij-boodschap|-1.0
begin:het|gevoelsreflectie|1.02
begin:het|samenvatting|-1.0
begin:het|open-vraag|-1.0
begin:het|bevelen|-0.97
begin:het|adviseren|-0.91
begin:het|argumenteren|-0.79
begin:het|bekritiseren|-0.99
begin:het|prijzen|-0.99
begin:het|interpreteren|0.23
begin:het|geruststellen|-0.71
begin:het|afleiden|-1.0
begin:het|vervolgafspraak|-0.64
begin:het|bedanken|-0.89
begin:hij|ik-boodschap|-0.93
begin:hij|jij-boodschap|-0.43
begin:hij|bevelen|-0.91
begin:hij|waarschuwen|-1.0
begin:hij|moraliseren|-0.97
begin:hij|argumenteren|-0.99
begin:hij|bekritiseren|2.04
begin:hij|prijzen|-1.0
begin:hij|etiketteren|-1.03
begin:hij|geruststellen|-0.94
begin:hij|ondervragen|-0.93
begin:hij|vervolgafspraak|-1.76
begin:hij|bedanken|-1.0
begin:hm|aanmoediging|0.88
begin:hoe|ik-boodschap|-0.99
begin:hoe|jij-boodschap|-0.98
begin:hoe|parafrase|-1.0
begin:hoe|gevoelsreflectie|-0.91
begin:hoe|samenvatting|-1.0
begin:hoe|open-vraag|0.84
begin:hoe|aanmoediging|-1.0
begin:hoe|bekritiseren|-0.5
begin:hoe|prijzen|-0.99
begin:hoe|ondervragen|1.0
begin:hoe|afleiden|-1.1
begin:hoe|afronding-aankondigen|-1.0
begin:hoe|vervolgafspraak|-0.99
begin:hoeveel|ondervragen|1.0
begin:hoeveel|bedanken|-1.0
begin:hoezo|ondervragen|0.99
begin:hoi|jij-boodschap|-0.92
begin:hoi|bevelen|-1.8
begin:hoi|bekritiseren|-0.58
begin:hoi|prijzen|-0.92
begin:hé|afleiden|-0.86
begin:iemand|ik-boodschap|-0.95
begin:iemand|jij-boodschap|-1.81
begin:iemand|moraliseren|2.68
begin:iemand|bekritiseren|-1.58
begin:ik|ik-boodschap|-1.14
begin:ik|jij-boodschap|-1.49
begin:ik|parafrase|-3.83
begin:ik|gevoelsreflectie|0.1
begin:ik|samenvatting|-1.2
begin:ik|open-vraag|0.99
begin:ik|aanmoediging|-1.0
begin:ik|bevelen|-1.78
begin:ik|waarschuwen|-1.06
begin:ik|moraliseren|-1.0
begin:ik|adviseren|1.01
begin:ik|bekritiseren|-0.37
begin:ik|interpreteren|-0.86
begin:ik|geruststellen|-1.31
begin:ik|ondervragen|-1.0
begin:ik|afleiden|-0.92
begin:ik|afronding-aankondigen|-1.73
begin:ik|vervolgafspraak|-0.99
begin:ik|bedanken|-2.74
begin:in|parafrase|1.0
begin:in|samenvatting|-1.0
begin:in|moraliseren|0.98
begin:ja|gevoelsreflectie|-0.99
begin:ja|aanmoediging|0.85
begin:ja|etiketteren|0.16
begin:ja|afleiden|-0.87
begin:jassen|bevelen|1.0
begin:je|ik-boodschap|-0.99
begin:je|jij-boodschap|1.09
begin:je|parafrase|0.93
begin:je|gevoelsreflectie|3.69
begin:je|samenvatting|-1.84
begin:je|aanmoediging|-0.99
begin:je|bevelen|0.71
begin:je|moraliseren|-0.99
begin:je|adviseren|-1.0
begin:je|argumenteren|0.96
begin:je|bekritiseren|-4.02
begin:je|prijzen|-0.99
begin:je|etiketteren|0.89
begin:je|geruststellen|0.91
begin:je|ondervragen|-0.81
begin:je|vervolgafspraak|-1.79
begin:jesse|bevelen|0.94
begin:jij|ik-boodschap|-0.99
begin:jij|jij-boodschap|-0.52
begin:jij|gevoelsreflectie|0.95
begin:jij|samenvatting|-0.91
begin:jij|aanmoediging|-1.0
begin:jij|bevelen|0.86
begin:jij|waarschuwen|0.99
begin:jij|moraliseren|0.99
begin:jij|adviseren|-0.97
begin:jij|bekritiseren|-3.67
begin:jij|prijzen|1.0
begin:jij|etiketteren|-0.14
begin:jij|interpreteren|1.0
begin:jij|geruststellen|-0.89
begin:jij|ondervragen|-1.0
begin:jij|afronding-aankondigen|-1.0
begin:joh|jij-boodschap|-1.0
begin:joh|bekritiseren|-1.0
begin:joh|geruststellen|0.94
begin:jullie|jij-boodschap|1.19
begin:jullie|parafrase|1.0
begin:jullie|waarschuwen|-1.89
begin:jullie|moraliseren|-1.0
begin:jullie|adviseren|-0.96
begin:jullie|argumenteren|-0.98
begin:jullie|bekritiseren|-0.6
begin:jullie|prijzen|0.91
begin:jullie|etiketteren|-0.95
begin:kijk|ik-boodschap|-0.76
begin:kijk|jij-boodschap|-0.98
begin:kijk|argumenteren|1.72
begin:kijk|bekritiseren|-0.98
begin:kijk|etiketteren|-0.97
begin:kinderen|moraliseren|0.95
begin:kinderen|adviseren|-0.83
begin:kinderen|geruststellen|0.95
begin:klinkt|gevoelsreflectie|0.95
begin:knap|prijzen|0.97
begin:kom|moraliseren|-0.93
begin:kom|afleiden|0.86
begin:komt|adviseren|-1.0
begin:komt|geruststellen|1.0
begin:kortom|ik-boodschap|-0.99
begin:kortom|jij-boodschap|1.07
begin:kortom|parafrase|-0.99
begin:kortom|gevoelsreflectie|-1.0
begin:kortom|samenvatting|2.12
begin:kortom|open-vraag|-0.99
begin:kortom|bevelen|-0.82
begin:kortom|bekritiseren|2.51
begin:kortom|ondervragen|-1.0
begin:kortom|afleiden|-0.91
begin:kortom|afronding-aankondigen|0.99
begin:kortom|bedanken|1.04
begin:kun|parafrase|-1.0
begin:kun|gevoelsreflectie|-0.94
begin:kun|bekritiseren|-1.0
begin:kunt|gevoelsreflectie|-0.96
begin:kunt|open-vraag|0.9
begin:kunt|adviseren|-0.96
begin:laat|bevelen|-0.8
begin:laat|vervolgafspraak|0.93
begin:laten|ik-boodschap|-1.0
begin:laten|samenvatting|-0.93
begin:laten|bevelen|-1.0
begin:laten|afleiden|-0.85
begin:laten|afronding-aankondigen|-0.26
begin:laten|bedanken|-1.98
begin:leg|bevelen|0.83
begin:leg|prijzen|-0.97
begin:let|waarschuwen|0.88
begin:lever|bevelen|1.73
begin:maak|bevelen|0.85
begin:maak|geruststellen|0.94
begin:maakt|gevoelsreflectie|-0.83
begin:maakt|open-vraag|-1.0
begin:maakt|bevelen|-0.81
begin:maakt|interpreteren|-0.94
begin:maakt|geruststellen|0.97
begin:maandag|vervolgafspraak|0.92
begin:maar|jij-boodschap|-0.99
begin:maar|open-vraag|-0.93
begin:maar|waarschuwen|-0.99
begin:maar|argumenteren|0.92
begin:maar|bekritiseren|-0.99
begin:maar|geruststellen|-1.0
begin:maar|ondervragen|-1.0
begin:maar|afleiden|1.04
begin:meneer|bevelen|0.99
begin:meneer|waarschuwen|-0.99
begin:meneer|geruststellen|-0.99
begin:met|ik-boodschap|-0.92
begin:met|parafrase|1.93
begin:met|samenvatting|-0.86
begin:met|bekritiseren|-0.58
begin:met|prijzen|0.97
begin:met|geruststellen|-1.91
begin:met|afleiden|-0.93
begin:mijn|parafrase|-0.72
begin:mijn|geruststellen|-0.53
begin:mijn|vervolgafspraak|0.84
begin:misschien|gevoelsreflectie|-0.88
begin:misschien|bevelen|-0.97
begin:misschien|adviseren|1.97
begin:misschien|prijzen|-1.77
begin:misschien|interpreteren|-0.81
begin:mm|aanmoediging|1.0
begin:mohammed|jij-boodschap|1.49
begin:mohammed|etiketteren|-0.96
begin:neem|bevelen|-0.96
begin:niemand|jij-boodschap|-0.22
begin:niemand|geruststellen|2.41
begin:niet|bevelen|0.1
begin:niet|etiketteren|-0.85
begin:niks|geruststellen|0.72
begin:nog|bevelen|-0.81
begin:nog|waarschuwen|1.35
begin:nog|bekritiseren|-0.52
begin:nog|vervolgafspraak|-0.8
begin:noor|ik-boodschap|-0.98
begin:nou|ik-boodschap|0.92
begin:nou|open-vraag|-1.0
begin:nou|argumenteren|-0.92
begin:nou|bekritiseren|2.67
begin:nou|interpreteren|-1.0
begin:nou|afleiden|1.0
begin:nou|bedanken|-3.54
begin:nu|ik-boodschap|0.98
begin:och|afleiden|1.99
begin:ok|argumenteren|-1.0
begin:oke|afleiden|-0.98
begin:oke|afronding-aankondigen|0.98
begin:oké|parafrase|0.76
begin:oké|gevoelsreflectie|-0.98
begin:oké|samenvatting|-0.9
begin:omdat|ik-boodschap|0.99
begin:onze|bekritiseren|-0.98
begin:op|ondervragen|-0.99
begin:opvoeden|argumenteren|-0.87
begin:opvoeden|interpreteren|-1.0
begin:ouders|ik-boodschap|-0.93
begin:ouders|moraliseren|0.93
begin:ouders|argumenteren|-0.99
begin:over|samenvatting|-0.96
begin:over|waarschuwen|-0.76
begin:over|etiketteren|-0.95
begin:over|geruststellen|0.98
begin:over|ondervragen|-1.0
begin:over|afleiden|0.91
begin:over|afronding-aankondigen|-0.96
begin:over|bedanken|-0.85
begin:pak|bevelen|1.0
begin:pak|interpreteren|-1.0
begin:pak|afleiden|-1.0
begin:pas|waarschuwen|0.99
begin:pas|geruststellen|-0.98
begin:pff|gevoelsreflectie|-0.94
begin:probeer|interpreteren|-0.9
begin:probeert|adviseren|1.0
begin:regels|prijzen|-0.92
begin:respect|waarschuwen|-0.99
begin:rustig|bevelen|0.96
begin:samengevat|jij-boodschap|1.15
begin:samengevat|samenvatting|0.81
begin:samengevat|open-vraag|-0.98
begin:samengevat|bekritiseren|0.56
begin:samenvattend|samenvatting|0.95
begin:schrijf|waarschuwen|-0.93
begin:sem|open-vraag|-0.99
begin:sem|moraliseren|-0.99
begin:sem|bekritiseren|-1.79
begin:sem|etiketteren|0.88
begin:sinds|ik-boodschap|1.87
begin:sinds|waarschuwen|-0.88
begin:sinds|bekritiseren|-0.89
begin:sinds|vervolgafspraak|-1.0
begin:snap|open-vraag|-1.0
begin:sorry|moraliseren|0.83
begin:statistisch|argumenteren|0.87
begin:stel|etiketteren|0.99
begin:stel|afleiden|-0.99
begin:straks|waarschuwen|0.93
begin:thanks|bedanken|0.95
begin:tja|open-vraag|-0.9
begin:tja|bekritiseren|1.64
begin:tja|afleiden|0.9
begin:tja|bedanken|-1.75
begin:toen|gevoelsreflectie|-0.9
begin:toen|samenvatting|-0.95
begin:toen|vervolgafspraak|-0.97
begin:toen|bedanken|-0.94
begin:tot|samenvatting|0.72
begin:u|ik-boodschap|-1.0
begin:u|parafrase|0.97
begin:u|gevoelsreflectie|-1.0
begin:u|samenvatting|-1.0
begin:u|open-vraag|-2.92
begin:u|aanmoediging|-1.93
begin:u|bevelen|-1.06
begin:u|waarschuwen|-1.97
begin:u|moraliseren|-0.84
begin:u|adviseren|-0.96
begin:u|argumenteren|-0.98
begin:u|bekritiseren|-0.25
begin:u|prijzen|-0.21
begin:u|etiketteren|-0.96
begin:u|geruststellen|-0.55
begin:u|afleiden|-1.0
begin:u|afronding-aankondigen|-1.0
begin:u|vervolgafspraak|-1.95
begin:u|bedanken|-1.0
begin:uit|gevoelsreflectie|-0.89
begin:uw|jij-boodschap|0.97
begin:uw|parafrase|-1.0
begin:uw|bekritiseren|-0.95
begin:uw|etiketteren|-0.92
begin:uw|interpreteren|-1.0
begin:uw|afronding-aankondigen|-1.0
begin:vanaf|bevelen|0.98
begin:vanaf|vervolgafspraak|-0.83
begin:vandaag|samenvatting|-0.82
begin:vandaag|afronding-aankondigen|-0.82
begin:vertel|ik-boodschap|-0.94
begin:vertel|parafrase|-0.99
begin:vertel|samenvatting|-0.84
begin:vertel|open-vraag|1.0
begin:vertel|geruststellen|-1.0
begin:vertelt|aanmoediging|0.28
begin:volgende|vervolgafspraak|3.19
begin:volgens|waarschuwen|-1.0
begin:volgens|argumenteren|0.94
begin:volgens|etiketteren|-1.0
begin:volgens|interpreteren|1.63
begin:volgens|geruststellen|0.99
begin:volgens|ondervragen|-1.0
begin:voor|waarschuwen|0.99
begin:voor|moraliseren|-0.99
begin:waar|ik-boodschap|-0.98
begin:waar|gevoelsreflectie|-0.99
begin:waar|open-vraag|0.93
begin:waar|moraliseren|-0.98
begin:waar|geruststellen|-0.99
begin:waarom|bevelen|-0.99
begin:waarom|adviseren|0.92
begin:waarom|argumenteren|-0.99
begin:waarom|prijzen|-0.94
begin:waarom|etiketteren|-1.0
begin:waarom|ondervragen|0.97
begin:waarom|afleiden|-1.0
begin:wanneer|ik-boodschap|1.94
begin:wanneer|samenvatting|-1.0
begin:wanneer|open-vraag|-0.98
begin:wanneer|bevelen|-0.98
begin:wanneer|waarschuwen|-1.91
begin:wanneer|adviseren|-0.99
begin:wanneer|bekritiseren|-0.94
begin:wanneer|ondervragen|1.0
begin:wanneer|vervolgafspraak|-0.92
begin:wat|parafrase|-1.81
begin:wat|gevoelsreflectie|-1.96
begin:wat|samenvatting|-0.94
begin:wat|moraliseren|-0.96
begin:wat|bekritiseren|1.32
begin:wat|prijzen|0.83
begin:wat|etiketteren|1.0
begin:wat|geruststellen|-0.79
begin:wat|ondervragen|-0.95
begin:wat|afronding-aankondigen|-1.0
begin:we|ik-boodschap|-0.98
begin:we|jij-boodschap|-0.46
begin:we|gevoelsreflectie|-0.74
begin:we|samenvatting|0.95
begin:we|aanmoediging|-0.97
begin:we|moraliseren|-0.77
begin:we|bekritiseren|-0.4
begin:we|afleiden|-0.9
begin:we|afronding-aankondigen|0.94
begin:we|vervolgafspraak|-0.13
begin:we|bedanken|0.67
begin:wees|geruststellen|0.88
begin:weet|ik-boodschap|0.85
begin:weet|jij-boodschap|0.86
begin:weet|open-vraag|-0.97
begin:weet|argumenteren|0.93
begin:weet|bekritiseren|0.96
begin:welk|open-vraag|-1.87
begin:welke|open-vraag|0.99
begin:weten|bekritiseren|1.35
begin:wilt|ondervragen|-0.96
begin:ze|jij-boodschap|0.95
begin:ze|bevelen|-1.89
begin:ze|moraliseren|-0.95
begin:ze|argumenteren|-0.9
begin:ze|bekritiseren|0.79
begin:ze|interpreteren|-0.94
begin:zeg|aanmoediging|0.94
begin:zeg|bevelen|0.85
begin:zegt|aanmoediging|1.72
begin:zegt|bevelen|0.99
begin:zet|gevoelsreflectie|-1.0
begin:zet|bevelen|1.0
begin:zet|argumenteren|-1.0
begin:zij|ik-boodschap|-1.0
begin:zij|jij-boodschap|0.88
begin:zij|bekritiseren|0.52
begin:zij|etiketteren|-1.0
begin:zij|interpreteren|1.0
begin:zij|geruststellen|-0.97
begin:zijn|argumenteren|-0.98
begin:zit|open-vraag|-1.0
begin:zit|bekritiseren|-0.93
begin:zit|interpreteren|-1.0
begin:zit|afleiden|-0.92
begin:zo|moraliseren|1.75
begin:zo|bekritiseren|-0.88
begin:zo'n|jij-boodschap|-0.8
begin:zo'n|waarschuwen|-0.72
begin:zo'n|bekritiseren|1.66
begin:zo'n|prijzen|0.99
begin:zorgt|bevelen|1.0
begin:zorgt|waarschuwen|-1.0
begin:zoveel|geruststellen|0.96
begin:zullen|samenvatting|-1.0
begin:zullen|adviseren|-0.94
begin:zullen|bekritiseren|-0.95
begin:zullen|vervolgafspraak|-0.8
deel:gedrag|ik-boodschap|3.93
deel:gedrag|parafrase|-1.9
deel:gedrag|gevoelsreflectie|-0.99
deel:gedrag|samenvatting|-1.17
deel:gedrag|open-vraag|-0.96
deel:gedrag|bevelen|-0.98
deel:gedrag|moraliseren|-1.0
deel:gedrag|adviseren|-2.88
deel:gedrag|argumenteren|-0.99
deel:gedrag|bekritiseren|-1.98
deel:gedrag|prijzen|-0.99
deel:gedrag|geruststellen|-1.86
deel:gedrag|ondervragen|-1.0
deel:gedrag|afronding-aankondigen|-1.0
deel:gedrag|vervolgafspraak|-1.71
deel:gedrag|bedanken|-0.94
deel:gevoel|ik-boodschap|6.54
deel:gevoel|parafrase|-1.0
deel:gevoel|gevoelsreflectie|-2.01
deel:gevoel|samenvatting|-1.99
deel:gevoel|open-vraag|-0.97
deel:gevoel|aanmoediging|-0.98
deel:gevoel|bevelen|-0.98
deel:gevoel|waarschuwen|-1.0
deel:gevoel|moraliseren|-0.76
deel:gevoel|adviseren|-0.98
deel:gevoel|argumenteren|-0.99
deel:gevoel|bekritiseren|-2.9
deel:gevoel|prijzen|-0.99
deel:gevoel|interpreteren|-1.65
deel:gevoel|geruststellen|-1.0
deel:gevoel|ondervragen|-1.0
deel:gevoel|afronding-aankondigen|-1.0
deel:gevoel|vervolgafspraak|-1.99
deel:gevoel|bedanken|-0.94
deel:gevolg|ik-boodschap|3.97
deel:gevolg|parafrase|-0.9
deel:gevolg|gevoelsreflectie|-0.92
deel:gevolg|samenvatting|-1.99
deel:gevolg|open-vraag|0.97
deel:gevolg|bevelen|-0.98
deel:gevolg|waarschuwen|-1.93
deel:gevolg|argumenteren|-0.99
deel:gevolg|bekritiseren|-0.99
deel:gevolg|interpreteren|-1.0
deel:gevolg|geruststellen|-1.0
deel:gevolg|vervolgafspraak|-0.74
deel:gevolg|bedanken|-0.94
familie:afronding|ik-boodschap|-3.88
familie:afronding|jij-boodschap|-0.96
familie:afronding|parafrase|-1.91
familie:afronding|gevoelsreflectie|-1.89
familie:afronding|samenvatting|-0.9
familie:afronding|open-vraag|-2.99
familie:afronding|aanmoediging|-1.0
familie:afronding|bevelen|-0.1
familie:afronding|waarschuwen|-1.6
familie:afronding|moraliseren|-0.77
familie:afronding|adviseren|-1.95
familie:afronding|argumenteren|-1.0
familie:afronding|bekritiseren|-1.12
familie:afronding|prijzen|-1.68
familie:afronding|etiketteren|-0.95
familie:afronding|interpreteren|-1.77
familie:afronding|geruststellen|-1.9
familie:afronding|afleiden|-2.95
familie:afronding|afronding-aankondigen|4.97
familie:afronding|vervolgafspraak|5.46
familie:afronding|bedanken|5.57
familie:blokkade|ik-boodschap|-7.4
familie:blokkade|jij-boodschap|-0.74
familie:blokkade|parafrase|-3.66
familie:blokkade|gevoelsreflectie|-3.77
familie:blokkade|samenvatting|-6.46
familie:blokkade|open-vraag|-3.93
familie:blokkade|aanmoediging|-1.86
familie:blokkade|bevelen|1.03
familie:blokkade|waarschuwen|0.89
familie:blokkade|moraliseren|-1.83
familie:blokkade|adviseren|0.94
familie:blokkade|argumenteren|0.44
familie:blokkade|etiketteren|-0.1
familie:blokkade|interpreteren|1.33
familie:blokkade|geruststellen|0.18
familie:blokkade|afronding-aankondigen|-1.98
familie:blokkade|vervolgafspraak|-4.68
familie:blokkade|bedanken|-2.87
familie:ik-boodschap|ik-boodschap|5.97
familie:ik-boodschap|parafrase|-1.9
familie:ik-boodschap|gevoelsreflectie|-0.99
familie:ik-boodschap|samenvatting|-1.99
familie:ik-boodschap|bevelen|-0.98
familie:ik-boodschap|waarschuwen|-1.93
familie:ik-boodschap|adviseren|-1.89
familie:ik-boodschap|argumenteren|-0.99
familie:ik-boodschap|bekritiseren|-1.98
familie:ik-boodschap|prijzen|-0.99
familie:ik-boodschap|interpreteren|-1.65
familie:ik-boodschap|geruststellen|-1.0
familie:ik-boodschap|ondervragen|-1.0
familie:ik-boodschap|afronding-aankondigen|-1.0
familie:ik-boodschap|vervolgafspraak|-1.71
familie:ik-boodschap|bedanken|-0.94
familie:jij-boodschap|ik-boodschap|0.11
familie:jij-boodschap|jij-boodschap|9.35
familie:jij-boodschap|parafrase|-1.0
familie:jij-boodschap|gevoelsreflectie|-2.73
familie:jij-boodschap|open-vraag|0.95
familie:jij-boodschap|bevelen|-1.09
familie:jij-boodschap|waarschuwen|-0.97
familie:jij-boodschap|moraliseren|-0.1
familie:jij-boodschap|adviseren|-1.0
familie:jij-boodschap|argumenteren|-0.99
familie:jij-boodschap|bekritiseren|2.97
familie:jij-boodschap|prijzen|-1.98
familie:jij-boodschap|etiketteren|1.94
familie:jij-boodschap|interpreteren|-2.15
familie:jij-boodschap|geruststellen|-1.97
familie:jij-boodschap|afleiden|-1.91
familie:jij-boodschap|vervolgafspraak|-1.0
familie:luisteren|ik-boodschap|-3.77
familie:luisteren|jij-boodschap|-3.29
familie:luisteren|parafrase|4.68
familie:luisteren|gevoelsreflectie|6.67
familie:luisteren|samenvatting|3.64
familie:luisteren|open-vraag|5.91
familie:luisteren|aanmoediging|1.96
familie:luisteren|bevelen|-2.81
familie:luisteren|waarschuwen|-1.99
familie:luisteren|moraliseren|-2.99
familie:luisteren|adviseren|-2.82
familie:luisteren|argumenteren|-3.81
familie:luisteren|bekritiseren|-2.65
familie:luisteren|prijzen|-2.89
familie:luisteren|etiketteren|-1.9
familie:luisteren|interpreteren|-2.96
familie:luisteren|geruststellen|-3.38
familie:luisteren|ondervragen|-4.9
familie:luisteren|afleiden|-2.95
familie:luisteren|afronding-aankondigen|-2.95
familie:luisteren|vervolgafspraak|-2.68
familie:luisteren|bedanken|-1.16
p:'ouwe' noemt|ik-boodschap|0.94
p:'s avonds|jij-boodschap|0.86
p:'s avonds|gevoelsreflectie|-0.88
p:'s avonds|adviseren|1.82
p:'s avonds|bekritiseren|0.14
p:'s avonds|vervolgafspraak|-0.99
p:'s nachts|waarschuwen|-0.87
p:'s nachts|adviseren|1.0
p:'s nachts|bekritiseren|0.84
p:'s nachts|ondervragen|1.0
p:'s nachts|bedanken|-1.0
p:'s ochtends|parafrase|1.0
p:'s ochtends|gevoelsreflectie|-1.0
p:'s ochtends|open-vraag|1.0
p:'s ochtends|vervolgafspraak|-1.0
p:1 en|prijzen|-0.92
p:1 gemiddeld|geruststellen|-0.99
p:12 mei|argumenteren|0.96
p:14 maart|samenvatting|0.93
p:14 maart|vervolgafspraak|0.81
p:2 voor|jij-boodschap|-0.98
p:2 voor|argumenteren|0.98
p:2 voor|bekritiseren|-0.98
p:2b en|ik-boodschap|-0.98
p:3 voor|parafrase|-0.96
p:4 9|jij-boodschap|-0.98
p:4 9|argumenteren|0.98
p:4 9|bekritiseren|-0.98
p:4 daar|argumenteren|0.88
p:4 in|gevoelsreflectie|0.97
p:4 is|argumenteren|0.88
p:4 niet|vervolgafspraak|-0.99
p:5 1|geruststellen|-0.99
p:5 2|jij-boodschap|-0.98
p:5 2|argumenteren|0.98
p:5 2|bekritiseren|-0.98
p:5 8|argumenteren|-0.98
p:5 voor|interpreteren|-1.0
p:5 voor|afronding-aankondigen|-1.0
p:6 5|interpreteren|-1.0
p:6 5|afronding-aankondigen|-1.0
p:6 8|samenvatting|-0.98
p:6 8|argumenteren|0.96
p:7 halen|prijzen|0.99
p:8 3|parafrase|-0.96
p:9 voor|jij-boodschap|-0.98
p:9 voor|argumenteren|0.98
p:9 voor|bekritiseren|-0.98
p:? dan|moraliseren|0.99
p:? dan|prijzen|0.99
p:? dat|bekritiseren|1.25
p:? elke|open-vraag|-0.96
p:? en|ik-boodschap|-0.98
p:? en|samenvatting|-1.87
p:? en|open-vraag|-1.0
p:? en|aanmoediging|-1.71
p:? en|moraliseren|-0.98
p:? en|adviseren|-1.0
p:? en|prijzen|-0.94
p:? en|ondervragen|2.04
p:? en|afleiden|-0.93
p:? en|bedanken|-1.0
p:? heeft|bekritiseren|-0.83
p:? heeft|vervolgafspraak|-0.99
p:? hoe|bekritiseren|-0.58
p:? hoe|afleiden|-0.93
p:? ik|adviseren|0.99
p:? ik|vervolgafspraak|0.99
p:? maar|open-vraag|1.0
p:? maar|geruststellen|1.0
p:? met|ik-boodschap|-0.98
p:? met|moraliseren|-0.98
p:? ook|open-vraag|-0.96
p:? ook|ondervragen|1.0
p:? ook|bedanken|-1.0
p:? tot|jij-boodschap|-0.96
p:? waarom|open-vraag|-0.99
p:? waarom|ondervragen|1.0
p:? was|jij-boodschap|-0.96
p:? was|open-vraag|-1.0
p:? was|ondervragen|1.0
p:? wat|prijzen|-0.94
p:? wie|open-vraag|-0.99
p:? wie|bekritiseren|-0.83
p:? wie|ondervragen|1.0
p:? wie|vervolgafspraak|-0.99
p:? zit|bekritiseren|-0.83
p:? zit|vervolgafspraak|-0.99
p:aan afspraken|ik-boodschap|-0.99
p:aan als|bevelen|0.94
p:aan bij|bevelen|-1.89
p:aan bij|adviseren|0.99
p:aan bij|ondervragen|-0.99
p:aan dat|jij-boodschap|-0.73
p:aan dat|parafrase|1.0
p:aan dat|gevoelsreflectie|-1.0
p:aan dat|open-vraag|1.01
p:aan dat|bekritiseren|-0.95
p:aan de|open-vraag|0.95
p:aan de|bevelen|0.93
p:aan de|bekritiseren|-0.2
p:aan de|interpreteren|0.94
p:aan de|geruststellen|-1.24
p:aan de|ondervragen|0.96
p:aan doen|ik-boodschap|-0.76
p:aan doen|argumenteren|0.76
p:aan een|prijzen|-0.92
p:aan en|jij-boodschap|0.99
p:aan en|samenvatting|-0.82
p:aan en|open-vraag|-0.99
p:aan en|bekritiseren|1.81
p:aan gedaan|jij-boodschap|-0.98
p:aan gedaan|bekritiseren|-0.9
p:aan gedacht|adviseren|0.99
p:aan gedacht|bekritiseren|-0.93
p:aan het|ik-boodschap|0.99
p:aan het|jij-boodschap|-0.96
p:aan het|interpreteren|-0.85
p:aan hoor|aanmoediging|0.95
p:aan je|ik-boodschap|0.88
p:aan je|waarschuwen|-0.88
p:aan luuk|etiketteren|0.99
p:aan luuk|afleiden|-0.99
p:aan maken|vervolgafspraak|-0.99
p:aan mevrouw|bevelen|0.93
p:aan mijn|ik-boodschap|1.0
p:aan mijn|waarschuwen|-1.0
p:aan mijn|interpreteren|-1.0
p:aan nu|aanmoediging|-0.9
p:aan nu|bevelen|0.96
p:aan te|bevelen|-0.93
p:aan te|argumenteren|0.88
p:aan te|geruststellen|-0.94
p:aan te|afleiden|0.94
p:aan toevoegen|samenvatting|0.72
p:aan vrijdag|samenvatting|1.0
p:aan vrijdag|adviseren|-1.0
p:aan vrijdag|afronding-aankondigen|-1.0
p:aan zijn|jij-boodschap|0.58
p:aan zijn|bekritiseren|1.26
p:aanbieden aan|bevelen|0.93
p:aandacht daarom|moraliseren|-0.77
p:aandacht krijgt|afleiden|-1.0
p:aandacht te|bekritiseren|-0.25
p:aanpakken ?|parafrase|-0.81
p:aanpakken ?|samenvatting|0.99
p:aanpakken ?|open-vraag|0.99
p:aansluiting heeft|open-vraag|0.98
p:aansluiting met|bekritiseren|-0.99
p:aanspreken en|open-vraag|-0.98
p:aanspreken en|bevelen|-0.98
p:aardrijkskunde zakt|ik-boodschap|0.95
p:aardrijkskunde zakt|jij-boodschap|-0.95
p:aardrijkskunde zakt|bekritiseren|-0.86
p:ach daar|geruststellen|-0.97
p:ach dat|geruststellen|-1.53
p:ach dat|afleiden|1.95
p:ach een|argumenteren|-0.79
p:ach een|etiketteren|-1.0
p:ach een|afleiden|0.99
p:ach elke|afleiden|-0.98
p:ach het|geruststellen|0.99
p:ach iedereen|afleiden|0.9
p:ach joh|afleiden|-0.89
p:ach u|gevoelsreflectie|-0.97
p:ach u|prijzen|-0.84
p:ach u|etiketteren|0.97
p:ach zulke|geruststellen|-0.91
p:ach zulke|afleiden|0.91
p:acht bij|bevelen|0.98
p:acht binnenkomt|ik-boodschap|0.99
p:acht uur|bevelen|0.99
p:acht uur|waarschuwen|0.88
p:achter met|ik-boodschap|0.99
p:achter zetten|vervolgafspraak|-1.82
p:achterstand op|open-vraag|-1.0
p:achterstand op|geruststellen|-1.0
p:actie gekomen|bekritiseren|-2.24
p:advies is|adviseren|-0.97
p:af dat|ik-boodschap|-0.98
p:af dat|samenvatting|0.82
p:af dat|vervolgafspraak|0.93
p:af en|samenvatting|-0.86
p:af en|afronding-aankondigen|0.93
p:af heeft|interpreteren|-0.9
p:af is|geruststellen|-0.86
p:af maandag|bedanken|0.87
p:af te|waarschuwen|-1.0
p:af te|etiketteren|-1.0
p:af te|interpreteren|1.0
p:af te|ondervragen|-1.0
p:af tot|ik-boodschap|-1.0
p:af tot|waarschuwen|1.0
p:af tot|moraliseren|-1.0
p:af tot|adviseren|-1.0
p:af voor|afronding-aankondigen|0.99
p:af voor|vervolgafspraak|0.59
p:af voor|bedanken|0.99
p:af we|afronding-aankondigen|0.91
p:afdeling bevallen|open-vraag|0.93
p:afdelingsleider nooit|ondervragen|-0.92
p:afgelopen drie|open-vraag|-1.0
p:afgelopen drie|geruststellen|-1.0
p:afgelopen twee|ik-boodschap|0.95
p:afgelopen twee|jij-boodschap|-0.95
p:afgelopen twee|bekritiseren|-0.86
p:afgelopen week|ik-boodschap|0.92
p:afgelopen week|bekritiseren|-0.56
p:afgemeld ?|ik-boodschap|-0.98
p:afgemeld ?|moraliseren|-0.98
p:afheeft waardoor|ik-boodschap|0.97
p:afronden bedankt|afronding-aankondigen|0.9
p:afronden bedankt|bedanken|0.71
p:afronden de|argumenteren|-1.0
p:afronden de|geruststellen|-1.0
p:afronden de|afronding-aankondigen|1.0
p:afronden over|bedanken|0.9
p:afsluiten de|vervolgafspraak|-0.59
p:afsluiten de|bedanken|-0.9
p:afsluiten voor|afronding-aankondigen|0.96
p:afspraak bij|samenvatting|0.93
p:afspraak bij|vervolgafspraak|0.81
p:afspraak de|bedanken|-0.94
p:afspraak gewoon|bekritiseren|-1.18
p:afspraak met|argumenteren|-0.86
p:afspraak met|bekritiseren|0.7
p:afspraak met|afronding-aankondigen|0.91
p:afspraken aan|jij-boodschap|0.58
p:afspraken aan|bekritiseren|0.38
p:afspraken en|samenvatting|-0.93
p:afspraken en|bedanken|-0.87
p:afspraken houdt|jij-boodschap|-0.73
p:afspraken houdt|open-vraag|0.95
p:afspraken houdt|bekritiseren|-0.95
p:afspraken houdt|geruststellen|-0.99
p:afspraken nooit|bekritiseren|0.8
p:afspraken te|bekritiseren|-0.74
p:afspreekt dat|adviseren|0.92
p:afspreken ?|adviseren|0.99
p:afspreken ?|vervolgafspraak|0.99
p:afspreken dat|afleiden|-0.96
p:afspreken en|vervolgafspraak|-0.92
p:afspreken u|samenvatting|1.0
p:afspreken u|adviseren|-1.0
p:afspreken u|afronding-aankondigen|-1.0
p:afweten bij|bekritiseren|0.71
p:afwezig moeten|ik-boodschap|0.91
p:afwezig moeten|waarschuwen|-0.91
p:agenda door|jij-boodschap|-0.99
p:agenda door|adviseren|0.98
p:agenda doorlopen|adviseren|0.99
p:ah en|parafrase|-0.99
p:aha en|aanmoediging|0.96
p:akkoord met|prijzen|0.95
p:akkoord met|vervolgafspraak|-0.88
p:al als|ik-boodschap|0.91
p:al als|waarschuwen|-0.91
p:al drie|ik-boodschap|-0.8
p:al drie|prijzen|-0.99
p:al eens|adviseren|0.99
p:al eens|bekritiseren|-0.93
p:al eens|ondervragen|-0.92
p:al gedaan|prijzen|-0.94
p:al gezien|afleiden|0.99
p:al in|samenvatting|-1.0
p:al in|open-vraag|-1.0
p:al in|aanmoediging|-0.87
p:al in|argumenteren|0.94
p:al oor|aanmoediging|0.91
p:al sinds|argumenteren|0.99
p:al te|bekritiseren|0.93
p:al te|etiketteren|-1.0
p:al te|afleiden|-1.0
p:al twee|ik-boodschap|-0.9
p:al twee|argumenteren|1.75
p:al twee|bekritiseren|0.9
p:al weken|adviseren|-0.99
p:alle afspraken|jij-boodschap|0.58
p:alle afspraken|bekritiseren|0.38
p:alle ouders|argumenteren|0.99
p:alle ouders|geruststellen|-0.87
p:alle tijd|aanmoediging|0.95
p:allebei dat|samenvatting|0.98
p:allebei niks|ik-boodschap|0.95
p:allebei wat|vervolgafspraak|0.92
p:alleen bij|ik-boodschap|0.85
p:alleen bij|open-vraag|-0.97
p:alleen dat|geruststellen|-0.86
p:alleen in|interpreteren|-0.94
p:alleen maar|jij-boodschap|-0.58
p:alleen maar|aanmoediging|-1.0
p:alleen maar|bekritiseren|0.7
p:alleen maar|interpreteren|1.0
p:alleen maar|afronding-aankondigen|-1.0
p:alleen naar|ik-boodschap|-0.99
p:alleen omdat|bevelen|-0.91
p:alleen omdat|interpreteren|0.95
p:alleen voelt|ik-boodschap|-0.98
p:alleen voor|ik-boodschap|0.92
p:alleen wat|bekritiseren|-1.79
p:alleen zit|open-vraag|0.98
p:allemaal combineert|bekritiseren|-0.92
p:allemaal kan|ik-boodschap|0.8
p:allemaal op|geruststellen|0.91
p:allemaal regelt|prijzen|0.97
p:alles aan|bekritiseren|-0.9
p:alles bij|bevelen|-0.96
p:alles en|gevoelsreflectie|-0.96
p:alles op|parafrase|-0.96
p:alles op|samenvatting|0.98
p:alles op|bekritiseren|0.98
p:alles op|etiketteren|0.99
p:alles op|vervolgafspraak|-0.91
p:als afwezig|ik-boodschap|0.91
p:als afwezig|waarschuwen|-0.91
p:als daan|vervolgafspraak|0.99
p:als dat|ik-boodschap|-0.99
p:als dat|jij-boodschap|1.42
p:als dat|parafrase|-0.95
p:als dat|waarschuwen|0.99
p:als dat|bekritiseren|2.3
p:als dit|jij-boodschap|-0.99
p:als dit|bevelen|-1.0
p:als eerste|parafrase|-0.81
p:als eerste|samenvatting|0.99
p:als eerste|open-vraag|1.97
p:als er|vervolgafspraak|0.93
p:als finn|prijzen|0.99
p:als gijs|ik-boodschap|0.96
p:als gijs|vervolgafspraak|-0.96
p:als het|ik-boodschap|-0.96
p:als het|gevoelsreflectie|-0.91
p:als het|waarschuwen|0.96
p:als het|bekritiseren|2.88
p:als het|etiketteren|-1.0
p:als het|geruststellen|0.62
p:als het|afleiden|-1.0
p:als het|vervolgafspraak|-0.99
p:als hij|ik-boodschap|-0.99
p:als hij|samenvatting|-0.87
p:als hij|bevelen|-0.92
p:als hij|moraliseren|0.98
p:als hij|argumenteren|0.84
p:als hij|bekritiseren|-1.68
p:als hij|prijzen|0.99
p:als hij|afleiden|-0.96
p:als ik|ik-boodschap|-2.85
p:als ik|parafrase|2.88
p:als ik|gevoelsreflectie|-0.23
p:als ik|samenvatting|0.97
p:als ik|open-vraag|-1.0
p:als ik|aanmoediging|-0.87
p:als ik|bevelen|1.77
p:als ik|waarschuwen|-1.83
p:als ik|adviseren|1.81
p:als ik|argumenteren|-0.86
p:als ik|bekritiseren|1.2
p:als ik|prijzen|-0.97
p:als ik|ondervragen|-1.92
p:als ik|vervolgafspraak|-1.91
p:als je|open-vraag|0.99
p:als je|bevelen|-0.93
p:als je|waarschuwen|0.97
p:als je|moraliseren|-1.95
p:als je|argumenteren|-0.99
p:als je|vervolgafspraak|-0.64
p:als jij|ik-boodschap|1.98
p:als jij|parafrase|-0.95
p:als jij|waarschuwen|-1.98
p:als jij|interpreteren|-1.0
p:als jullie|ik-boodschap|0.99
p:als keuzevak|open-vraag|-0.91
p:als leerling|moraliseren|0.92
p:als leerling|argumenteren|-0.92
p:als leerling|prijzen|-0.92
p:als lotte|ik-boodschap|0.89
p:als lucas|waarschuwen|0.87
p:als mila|open-vraag|0.97
p:als moeder|moraliseren|1.89
p:als moeder|bekritiseren|0.21
p:als moeder|prijzen|-0.99
p:als noor|vervolgafspraak|-0.11
p:als ouder|jij-boodschap|-0.93
p:als ouder|gevoelsreflectie|0.92
p:als ouder|moraliseren|0.98
p:als ouder|argumenteren|0.99
p:als ouder|bekritiseren|-0.96
p:als ouders|moraliseren|1.0
p:als ouders|bekritiseren|-1.83
p:als ouders|afleiden|-1.0
p:als thijs|moraliseren|-0.92
p:als u|ik-boodschap|0.91
p:als u|open-vraag|-0.93
p:als u|waarschuwen|0.95
p:als u|moraliseren|-0.98
p:als u|prijzen|0.95
p:als vader|adviseren|-0.92
p:als vader|bekritiseren|0.84
p:als verpleegkundige|prijzen|0.97
p:als we|jij-boodschap|-1.77
p:als we|waarschuwen|-0.97
p:als we|bekritiseren|-2.76
p:als we|ondervragen|0.93
p:als we|vervolgafspraak|0.92
p:als ze|ik-boodschap|-0.99
p:als ze|waarschuwen|1.0
p:als ze|interpreteren|-0.9
p:als ze|geruststellen|-1.0
p:als zoë|samenvatting|-0.99
p:als zoë|vervolgafspraak|0.99
p:alsof er|jij-boodschap|0.89
p:alsof er|bekritiseren|0.89
p:alsof er|geruststellen|-0.97
p:alsof je|ik-boodschap|-0.98
p:alsof je|gevoelsreflectie|1.93
p:alsof u|parafrase|-0.97
p:alstublieft weer|bevelen|0.99
p:alstublieft weer|waarschuwen|-0.99
p:alstublieft weer|geruststellen|-0.99
p:altijd alles|bekritiseren|0.98
p:altijd bij|ik-boodschap|-0.98
p:altijd bij|jij-boodschap|-0.89
p:altijd degene|bekritiseren|-2.08
p:altijd een|bekritiseren|-1.39
p:altijd het|afleiden|-0.91
p:altijd mailen|bekritiseren|-0.98
p:altijd met|bekritiseren|0.92
p:altijd pas|bekritiseren|0.93
p:altijd pas|etiketteren|-1.0
p:altijd pas|afleiden|-1.0
p:altijd snel|jij-boodschap|-0.85
p:altijd te|jij-boodschap|0.98
p:altijd te|gevoelsreflectie|-1.0
p:altijd te|bekritiseren|1.91
p:altijd te|ondervragen|-0.98
p:altijd voor|bekritiseren|-2.21
p:altijd welkom|moraliseren|-1.0
p:altijd welkom|bekritiseren|-0.92
p:altijd zo|jij-boodschap|-0.94
p:altijd zo|parafrase|-0.99
p:altijd zo|gevoelsreflectie|-0.95
p:altijd zo|waarschuwen|-0.97
p:altijd zo|bekritiseren|1.52
p:altijd zo|prijzen|1.9
p:altijd zo|vervolgafspraak|-0.88
p:altijd zonder|bekritiseren|0.81
p:amira doet|bekritiseren|0.8
p:amira in|gevoelsreflectie|-0.95
p:ander moet|parafrase|-0.9
p:ander profiel|parafrase|0.91
p:ander verhaal|afleiden|1.0
p:andere kant|parafrase|-1.0
p:andere kinderen|parafrase|-1.0
p:andere kinderen|open-vraag|-0.96
p:andere mentor|gevoelsreflectie|-0.93
p:andere moeder|parafrase|0.9
p:andere plek|parafrase|-0.11
p:andere plek|samenvatting|-0.77
p:andere plek|open-vraag|-0.95
p:andere vakken|parafrase|1.0
p:andere vakken|moraliseren|-1.0
p:andere woorden|ik-boodschap|-0.92
p:andere woorden|parafrase|1.93
p:andere woorden|samenvatting|-0.86
p:andere woorden|geruststellen|-0.93
p:anderen alles|gevoelsreflectie|-0.96
p:anderen hun|ik-boodschap|0.99
p:anderen hun|waarschuwen|-0.99
p:anderen me|ik-boodschap|0.94
p:anders bel|bevelen|-0.83
p:anders dan|parafrase|1.0
p:anders dan|moraliseren|-1.0
p:anders gaat|waarschuwen|-0.76
p:anders gaat|ondervragen|-1.0
p:anders hebben|bevelen|-1.0
p:anders hebben|afleiden|1.0
p:anders hebben|vervolgafspraak|-1.0
p:anders kan|waarschuwen|-0.72
p:anders laat|waarschuwen|1.86
p:anders laat|adviseren|-1.0
p:anders moet|waarschuwen|0.97
p:anders stop|bevelen|0.88
p:anders volgen|waarschuwen|0.99
p:anders wordt|bevelen|0.93
p:angst zit|gevoelsreflectie|0.93
p:angst zit|interpreteren|0.93
p:anouk en|ik-boodschap|0.99
p:antwoord dan|argumenteren|-0.86
p:antwoorden en|vervolgafspraak|-0.97
p:apart gaat|gevoelsreflectie|-0.96
p:app je|vervolgafspraak|0.86
p:app niet|argumenteren|-0.96
p:avond ?|adviseren|-0.97
p:avond doen|jij-boodschap|0.93
p:avond een|argumenteren|-0.99
p:avond ff|adviseren|0.99
p:avond samen|jij-boodschap|-0.99
p:avond samen|adviseren|0.98
p:avond tot|argumenteren|0.78
p:avonds beneden|adviseren|0.83
p:avonds gewoon|gevoelsreflectie|-0.88
p:avonds omgaat|bekritiseren|0.96
p:avonds op|bekritiseren|-0.83
p:avonds op|vervolgafspraak|-0.99
p:avonds thuiskomt|jij-boodschap|0.86
p:avonds uitzetten|adviseren|1.0
p:ayoub de|vervolgafspraak|-0.72
p:ayoub hielp|ik-boodschap|0.99
p:ayoub hielp|interpreteren|-0.99
p:ayoub is|samenvatting|0.73
p:baalt er|gevoelsreflectie|0.95
p:baalt ervan|gevoelsreflectie|0.97
p:baart me|bekritiseren|-0.99
p:balen voor|gevoelsreflectie|-0.92
p:bang bent|waarschuwen|-1.0
p:bang bent|etiketteren|-1.0
p:bang bent|interpreteren|1.0
p:bang bent|ondervragen|-1.0
p:bang dat|gevoelsreflectie|-0.98
p:bang dat|samenvatting|0.82
p:bang dat|geruststellen|0.9
p:bang om|gevoelsreflectie|0.93
p:bankje zit|prijzen|-0.99
p:bas naast|ik-boodschap|0.99
p:bed ?|bekritiseren|-0.83
p:bed ?|vervolgafspraak|-0.99
p:bed gaat|jij-boodschap|0.8
p:bed gaat|adviseren|0.9
p:bed gaat|bekritiseren|0.67
p:bed gegaan|jij-boodschap|-0.96
p:bed moeten|bekritiseren|0.73
p:bed te|moraliseren|0.95
p:bed te|adviseren|-0.83
p:bed te|argumenteren|-0.96
p:bedankt dat|jij-boodschap|-0.93
p:bedankt dat|prijzen|-0.96
p:bedankt dat|afronding-aankondigen|0.9
p:bedankt dat|vervolgafspraak|-0.93
p:bedankt dat|bedanken|1.69
p:bedankt en|waarschuwen|-0.6
p:bedankt en|bedanken|1.0
p:bedankt voor|samenvatting|0.14
p:bedankt voor|bekritiseren|2.4
p:bedankt voor|afronding-aankondigen|-1.0
p:bedankt voor|vervolgafspraak|-1.0
p:bedankt voor|bedanken|-0.78
p:bedoeling van|argumenteren|-0.89
p:bedoelt dat|parafrase|0.93
p:bedtijd en|samenvatting|1.0
p:bedtijd en|adviseren|-1.0
p:bedtijd en|afronding-aankondigen|-1.0
p:beeindig het|bedanken|-0.94
p:beetje geschrokken|gevoelsreflectie|1.75
p:beetje heimwee|interpreteren|0.98
p:beetje heimwee|geruststellen|0.86
p:beetje klaar|ik-boodschap|-0.99
p:beetje klaar|prijzen|-0.99
p:beetje van|gevoelsreflectie|-0.94
p:beetje verdrietig|gevoelsreflectie|0.94
p:beetje verdrietig|open-vraag|0.94
p:beetje verdrietig|interpreteren|-0.66
p:beetje zorgen|ik-boodschap|0.99
p:beginnen ?|afleiden|-1.0
p:beginnen ?|vervolgafspraak|-0.99
p:beginnen en|vervolgafspraak|-0.99
p:beginnen we|bevelen|-0.95
p:beginnen we|waarschuwen|-0.92
p:begint er|jij-boodschap|1.44
p:begint mijn|vervolgafspraak|-0.9
p:begint om|parafrase|0.95
p:begon al|samenvatting|-1.0
p:begon al|open-vraag|-1.0
p:begon bij|samenvatting|0.84
p:begon bij|bekritiseren|-0.84
p:begon er|open-vraag|-0.99
p:begon het|aanmoediging|-0.87
p:begon na|parafrase|-0.93
p:begon na|samenvatting|0.93
p:begon pas|parafrase|0.91
p:begrepen dat|parafrase|0.99
p:begrijp begon|aanmoediging|-0.87
p:begrijp dat|parafrase|-0.98
p:begrijp dat|gevoelsreflectie|-0.8
p:begrijp dat|bekritiseren|0.77
p:begrijp dat|geruststellen|0.6
p:begrijp dat|afleiden|0.99
p:begrijp dat|bedanken|-0.99
p:begrijp heeft|ik-boodschap|-1.79
p:begrijp heeft|parafrase|0.95
p:begrijp heeft|ondervragen|-0.92
p:begrijp het|aanmoediging|0.97
p:begrijp ik|parafrase|0.99
p:begrijp ik|afleiden|-0.93
p:begrijp vindt|open-vraag|0.95
p:begrijp voelt|parafrase|0.98
p:begrijp voelt|gevoelsreflectie|0.74
p:begrijp wil|ik-boodschap|-0.96
p:begrijp wilt|gevoelsreflectie|-0.93
p:begrijpt er|bekritiseren|0.99
p:behandeld door|gevoelsreflectie|0.98
p:behoorlijk onredelijke|afleiden|-0.95
p:behoorlijk van|bekritiseren|-0.8
p:behulpzaam dus|jij-boodschap|-0.94
p:behulpzaam weer|bekritiseren|1.49
p:behulpzaam weer|bedanken|-1.76
p:behulpzame leerling|jij-boodschap|-0.68
p:behulpzame leerling|etiketteren|-0.95
p:bel ik|samenvatting|0.94
p:bel ik|bevelen|-0.83
p:bel ik|waarschuwen|0.91
p:bel ik|bedanken|0.79
p:bel je|vervolgafspraak|-0.8
p:bel moeten|bekritiseren|0.59
p:bel u|samenvatting|-1.84
p:bel u|open-vraag|-0.99
p:bel u|adviseren|0.99
p:bel u|afronding-aankondigen|0.16
p:bel u|vervolgafspraak|3.48
p:bel u|bedanken|0.18
p:belangrijkste in|gevoelsreflectie|-0.99
p:bellen ?|open-vraag|-0.99
p:bellen ?|waarschuwen|-0.99
p:bellen ?|vervolgafspraak|0.99
p:bellen we|bedanken|-0.87
p:belonen als|interpreteren|-0.9
p:beloningssysteem ?|ondervragen|-0.96
p:belt bij|bedanken|0.9
p:belt morgen|bevelen|1.69
p:belt morgen|vervolgafspraak|-1.79
p:belt u|bekritiseren|0.93
p:belt u|etiketteren|-1.0
p:belt u|afleiden|-1.0
p:belt u|vervolgafspraak|0.84
p:bemoeit zich|gevoelsreflectie|-0.8
p:bemoeit zich|bekritiseren|1.71
p:ben best|ik-boodschap|0.96
p:ben best|jij-boodschap|-1.52
p:ben best|bekritiseren|-1.27
p:ben bezorgd|vervolgafspraak|0.95
p:ben blij|ik-boodschap|0.91
p:ben echt|ik-boodschap|0.78
p:ben een|aanmoediging|0.91
p:ben er|ik-boodschap|-0.99
p:ben er|gevoelsreflectie|-0.94
p:ben er|aanmoediging|-0.98
p:ben er|waarschuwen|-1.0
p:ben je|parafrase|0.96
p:ben je|samenvatting|-0.73
p:ben je|open-vraag|-0.99
p:ben je|bevelen|-0.92
p:ben je|waarschuwen|-0.96
p:ben je|bekritiseren|-1.0
p:ben je|etiketteren|1.0
p:ben je|geruststellen|0.94
p:ben nog|bevelen|0.92
p:ben ongerust|ik-boodschap|0.99
p:ben teleurgesteld|ik-boodschap|-0.99
p:ben teleurgesteld|bekritiseren|0.8
p:ben u|vervolgafspraak|-0.92
p:beneden te|moraliseren|-0.93
p:beneden te|adviseren|0.83
p:bent ?|open-vraag|0.9
p:bent altijd|jij-boodschap|-0.94
p:bent altijd|parafrase|-0.99
p:bent altijd|gevoelsreflectie|-0.95
p:bent altijd|waarschuwen|-0.97
p:bent altijd|bekritiseren|-0.56
p:bent altijd|prijzen|0.99
p:bent altijd|vervolgafspraak|-0.88
p:bent bang|gevoelsreflectie|-0.98
p:bent bang|samenvatting|0.82
p:bent bang|geruststellen|0.9
p:bent boos|parafrase|0.99
p:bent boos|gevoelsreflectie|0.9
p:bent boos|adviseren|1.0
p:bent bram|geruststellen|-0.86
p:bent de|parafrase|-0.9
p:bent de|aanmoediging|-1.0
p:bent de|prijzen|-1.0
p:bent de|etiketteren|-0.92
p:bent denk|interpreteren|0.95
p:bent duidelijk|gevoelsreflectie|0.92
p:bent duidelijk|vervolgafspraak|0.92
p:bent dus|gevoelsreflectie|0.91
p:bent echt|jij-boodschap|0.72
p:bent echt|samenvatting|-0.91
p:bent echt|adviseren|-0.97
p:bent echt|bekritiseren|-0.98
p:bent echt|prijzen|-0.31
p:bent echt|etiketteren|1.69
p:bent echt|geruststellen|-0.89
p:bent een|gevoelsreflectie|-0.9
p:bent een|adviseren|-0.98
p:bent een|prijzen|2.0
p:bent een|interpreteren|-0.93
p:bent er|samenvatting|-0.99
p:bent er|open-vraag|-0.99
p:bent er|bekritiseren|1.0
p:bent er|prijzen|-0.99
p:bent er|geruststellen|-1.28
p:bent gekomen|afronding-aankondigen|-1.92
p:bent gekomen|bedanken|0.87
p:bent gekwetst|parafrase|0.9
p:bent gewoon|jij-boodschap|1.0
p:bent gewoon|bevelen|-1.0
p:bent gewoon|adviseren|-1.0
p:bent gewoon|bekritiseren|2.25
p:bent gewoon|etiketteren|1.06
p:bent gewoon|interpreteren|-1.0
p:bent gewoon|geruststellen|-1.0
p:bent ik|gevoelsreflectie|0.91
p:bent komen|adviseren|-0.99
p:bent kwaad|gevoelsreflectie|0.93
p:bent kwaad|interpreteren|0.93
p:bent maar|gevoelsreflectie|1.88
p:bent maar|bevelen|0.92
p:bent maar|adviseren|-0.82
p:bent maar|geruststellen|1.59
p:bent maar|afleiden|0.99
p:bent maar|bedanken|-0.99
p:bent me|bekritiseren|-0.99
p:bent nogal|etiketteren|0.99
p:bent nooit|bekritiseren|-1.31
p:bent om|waarschuwen|-1.0
p:bent om|etiketteren|-1.0
p:bent om|interpreteren|1.0
p:bent om|ondervragen|-1.0
p:bent onbeleefd|bekritiseren|-1.62
p:bent oneerlijk|gevoelsreflectie|-0.93
p:bent oneerlijk|bekritiseren|0.82
p:bent ongerust|ondervragen|0.96
p:bent ook|bekritiseren|0.91
p:bent op|gevoelsreflectie|-1.0
p:bent soms|jij-boodschap|0.91
p:bent soms|etiketteren|0.91
p:bent teleurgesteld|gevoelsreflectie|0.95
p:bent toch|moraliseren|0.99
p:bent toch|prijzen|0.99
p:bent u|samenvatting|-0.94
p:bent u|moraliseren|-0.96
p:bent u|adviseren|0.96
p:bent u|bekritiseren|-1.0
p:bent u|prijzen|-0.11
p:bent u|etiketteren|0.86
p:bent u|geruststellen|-0.79
p:bent u|ondervragen|0.93
p:bent van|etiketteren|-0.96
p:bent veel|bekritiseren|-1.79
p:bent vergeten|samenvatting|-0.97
p:bent wat|gevoelsreflectie|0.98
p:bent zichtbaar|gevoelsreflectie|1.0
p:bent zo'n|ik-boodschap|-0.87
p:bent zo'n|gevoelsreflectie|-0.97
p:bent zo'n|moraliseren|-0.99
p:bent zo'n|argumenteren|-0.97
p:bent zo'n|bekritiseren|-1.0
p:bent zo'n|prijzen|2.1
p:bereikbaar als|bekritiseren|-1.76
p:bereiken en|open-vraag|1.0
p:bericht krijgt|argumenteren|0.91
p:bericht van|jij-boodschap|0.94
p:bericht van|bekritiseren|0.94
p:berichten in|jij-boodschap|1.09
p:berichten in|waarschuwen|-0.92
p:berichten in|bekritiseren|1.7
p:berichten van|etiketteren|-0.96
p:bescherming neemt|interpreteren|-0.95
p:beschermt haar|interpreteren|0.95
p:besluit van|afronding-aankondigen|0.99
p:besluit van|vervolgafspraak|0.59
p:besluit van|bedanken|0.99
p:bespreken ?|gevoelsreflectie|-0.74
p:bespreken ?|open-vraag|0.98
p:bespreken ?|vervolgafspraak|-0.99
p:bespreken hoe|aanmoediging|-0.96
p:bespreken waar|ik-boodschap|0.96
p:bespreken waar|vervolgafspraak|-0.96
p:bespreken we|samenvatting|0.93
p:bespreken we|vervolgafspraak|0.81
p:bespreken we|bedanken|-0.85
p:besproken dan|afronding-aankondigen|0.96
p:besproken de|afronding-aankondigen|-0.95
p:best bezorgd|ik-boodschap|0.96
p:best bezorgd|jij-boodschap|-1.52
p:best bezorgd|bekritiseren|-1.27
p:best bij|jij-boodschap|0.98
p:best bij|bekritiseren|0.63
p:best een|adviseren|-0.97
p:best een|prijzen|0.97
p:best elke|adviseren|0.99
p:best spannend|moraliseren|-0.76
p:best spannend|bekritiseren|-0.91
p:beste bellen|waarschuwen|-0.99
p:beste een|adviseren|0.96
p:beste gebruiken|open-vraag|-0.96
p:beste is|moraliseren|-0.93
p:beste leerling|moraliseren|0.99
p:beste leerling|prijzen|0.99
p:beter dan|aanmoediging|-0.73
p:beter dan|etiketteren|0.92
p:beter maar|samenvatting|0.95
p:beter moeten|bekritiseren|0.84
p:beter plannen|bevelen|0.85
p:betrokken moeder|gevoelsreflectie|-0.9
p:betrokken moeder|adviseren|0.98
p:betrokken moeder|argumenteren|-0.97
p:betrokken moeder|prijzen|0.22
p:betrokken ouder|prijzen|0.92
p:bevallen ?|open-vraag|0.93
p:bevalt het|open-vraag|-0.9
p:bevalt het|afleiden|0.9
p:bevorderen zit|argumenteren|0.85
p:bezig weer|bekritiseren|1.67
p:bezig weer|etiketteren|-0.92
p:bezorgd omdat|vervolgafspraak|0.95
p:bezorgd ze|ik-boodschap|0.96
p:bezorgd ze|jij-boodschap|-1.52
p:bezorgd ze|bekritiseren|-1.27
p:beëindigen ik|vervolgafspraak|0.92
p:bieden als|bevelen|-0.93
p:biedt je|samenvatting|-0.84
p:biedt je|bevelen|0.91
p:bij anouk|ik-boodschap|0.99
p:bij bent|jij-boodschap|-0.92
p:bij bent|bekritiseren|-0.58
p:bij bent|prijzen|-0.92
p:bij biologie|parafrase|0.93
p:bij dank|bedanken|1.0
p:bij de|ik-boodschap|2.72
p:bij de|gevoelsreflectie|-0.96
p:bij de|samenvatting|0.93
p:bij de|bevelen|-0.9
p:bij de|waarschuwen|-0.96
p:bij de|moraliseren|-1.84
p:bij de|bekritiseren|0.71
p:bij de|etiketteren|-0.96
p:bij de|geruststellen|-0.94
p:bij de|ondervragen|-0.99
p:bij de|afleiden|0.94
p:bij de|vervolgafspraak|0.81
p:bij duits|parafrase|1.0
p:bij duits|moraliseren|-1.0
p:bij een|parafrase|-0.9
p:bij een|samenvatting|-0.87
p:bij elkaar|bevelen|-0.96
p:bij engels|open-vraag|0.93
p:bij haar|ik-boodschap|-0.99
p:bij het|samenvatting|-0.15
p:bij het|bevelen|0.98
p:bij het|adviseren|0.96
p:bij het|bekritiseren|-0.84
p:bij het|vervolgafspraak|1.0
p:bij in|bekritiseren|-0.93
p:bij is|ik-boodschap|0.94
p:bij je|ik-boodschap|-0.91
p:bij je|bekritiseren|0.99
p:bij jullie|ik-boodschap|0.97
p:bij kan|ik-boodschap|-0.92
p:bij kinderen|geruststellen|0.94
p:bij kinderen|afleiden|-0.94
p:bij laten|vervolgafspraak|-0.8
p:bij leerplicht|ik-boodschap|-0.96
p:bij leerplicht|waarschuwen|0.96
p:bij me|ik-boodschap|-0.98
p:bij meneer|ondervragen|-1.0
p:bij mevrouw|interpreteren|-0.91
p:bij mij|jij-boodschap|-0.89
p:bij mij|vervolgafspraak|1.88
p:bij moeten|afleiden|-0.98
p:bij moeten|afronding-aankondigen|0.98
p:bij school|moraliseren|0.98
p:bij toch|prijzen|0.97
p:bij u|vervolgafspraak|-1.0
p:bij voetbal|open-vraag|-1.0
p:bij voetbal|interpreteren|-1.0
p:bij wat|gevoelsreflectie|0.94
p:bij wat|open-vraag|0.94
p:bij wiskunde|jij-boodschap|0.98
p:bij wiskunde|gevoelsreflectie|-0.91
p:bij wiskunde|bekritiseren|0.63
p:bij zich|open-vraag|-0.99
p:bij zich|bevelen|1.0
p:bij zich|waarschuwen|-1.0
p:bij zich|vervolgafspraak|0.28
p:bij ziekte|bedanken|0.9
p:bij zijn|parafrase|0.76
p:bij zijn|samenvatting|-0.9
p:bij zijn|moraliseren|-0.95
p:bij zijn|afleiden|0.96
p:bij zijn|vervolgafspraak|-0.99
p:bijhoudt en|ik-boodschap|-0.98
p:bijhoudt en|samenvatting|0.82
p:bijles besproken|afronding-aankondigen|0.96
p:bijles daarmee|afronding-aankondigen|0.86
p:bijles en|afronding-aankondigen|-0.85
p:bijles en|bedanken|0.9
p:bijles gegaan|ondervragen|0.86
p:bijles krijgt|prijzen|0.91
p:bijles krijgt|vervolgafspraak|0.93
p:bijles op|parafrase|0.99
p:bijles op|vervolgafspraak|-0.83
p:bijles over|samenvatting|1.0
p:bijles over|vervolgafspraak|1.0
p:bijles over|bedanken|-1.0
p:bijles staat|samenvatting|-0.98
p:bijles te|bekritiseren|-0.93
p:bijlesuren overslaat|waarschuwen|-0.93
p:bijna door|bedanken|-0.91
p:bijna niet|ik-boodschap|0.88
p:bijna niet|waarschuwen|-0.88
p:bijwerkt kan|ik-boodschap|0.96
p:bijwerkt kan|vervolgafspraak|-0.96
p:binnengekregen waardoor|bekritiseren|-0.89
p:binnenkomt moet|open-vraag|0.99
p:binnenkomt waardoor|ik-boodschap|0.99
p:binnenkwam wat|ik-boodschap|0.94
p:binnenliep moest|bedanken|-0.94
p:biologie is|argumenteren|-0.98
p:biologie nog|bekritiseren|-0.89
p:biologie te|parafrase|0.93
p:blauw oog|ik-boodschap|0.94
p:blij dat|ik-boodschap|0.91
p:blijft doorgaan|afleiden|-0.96
p:blijft een|samenvatting|0.95
p:blijft haalt|vervolgafspraak|-0.99
p:blijft hij|ik-boodschap|-0.99
p:blijft hij|bevelen|-1.0
p:blijft hij|waarschuwen|1.0
p:blijft liggen|vervolgafspraak|-0.91
p:blijft na|bekritiseren|-0.99
p:blijft oefenen|waarschuwen|-0.92
p:blijft reageren|waarschuwen|0.93
p:blijft wordt|bekritiseren|0.88
p:blijft zitten|waarschuwen|0.99
p:blijft zitten|geruststellen|0.9
p:blijkt dat|gevoelsreflectie|-0.89
p:blijkt gewoon|argumenteren|0.93
p:blijkt ook|afleiden|-0.94
p:blijven praten|ik-boodschap|0.95
p:blijven praten|vervolgafspraak|-0.92
p:blijven uitdagen|ik-boodschap|1.0
p:blijven uitdagen|waarschuwen|-1.0
p:blijven uitdagen|interpreteren|-1.0
p:blijven zitten|parafrase|-1.0
p:blijven zitten|samenvatting|-1.0
p:blijven zitten|aanmoediging|-1.0
p:blijven zitten|geruststellen|0.99
p:blijven zitten|afronding-aankondigen|-1.0
p:boek thuis|parafrase|0.95
p:boeken ?|bekritiseren|0.81
p:boeken dat|moraliseren|-0.95
p:boeken vaak|parafrase|-0.9
p:boos bent|argumenteren|-0.79
p:boos bent|geruststellen|-1.67
p:boos bent|afleiden|0.99
p:boos dat|adviseren|1.0
p:boos omdat|parafrase|0.99
p:boos omdat|samenvatting|-0.94
p:boos op|gevoelsreflectie|0.9
p:boosheid in|parafrase|-0.94
p:bouwt hij|open-vraag|-1.0
p:bouwt hij|geruststellen|-1.0
p:boze gedrag|geruststellen|-0.97
p:bram als|bekritiseren|0.53
p:bram dat|afleiden|-0.86
p:bram gisteren|ik-boodschap|0.94
p:bram hou|bevelen|0.9
p:bram ik|geruststellen|-0.86
p:bram in|open-vraag|0.98
p:bram jij|jij-boodschap|0.72
p:bram jij|bekritiseren|-0.98
p:bram leuk|jij-boodschap|-0.92
p:bram leuk|bekritiseren|-0.58
p:bram leuk|prijzen|-0.92
p:bram nog|waarschuwen|0.88
p:bram te|open-vraag|-0.99
p:bram vergeet|moraliseren|-0.95
p:bram voor|argumenteren|-0.96
p:bram wat|open-vraag|-0.94
p:bram wat|afleiden|0.94
p:bram zit|ik-boodschap|0.88
p:bram zit|waarschuwen|-0.88
p:breek het|afronding-aankondigen|0.91
p:brief niet|afleiden|-0.93
p:brief over|ik-boodschap|-1.79
p:brief over|parafrase|0.95
p:broer dat|bevelen|0.85
p:broertje ook|adviseren|0.81
p:broertje ook|prijzen|-0.81
p:brutaal kevin|bekritiseren|0.47
p:brutaal kevin|etiketteren|-0.88
p:brutaal tegen|bekritiseren|-1.79
p:buikpijn is|argumenteren|-0.51
p:buikpijn klaagt|parafrase|1.0
p:buikpijn klaagt|gevoelsreflectie|-1.0
p:buikpijn klaagt|open-vraag|1.0
p:buiten begeleiden|waarschuwen|1.86
p:buiten begeleiden|adviseren|-1.0
p:buiten je|ik-boodschap|0.96
p:buiten zit|ik-boodschap|-0.94
p:buitengesloten het|parafrase|-0.93
p:buitengesloten het|samenvatting|0.93
p:bus gebeurde|gevoelsreflectie|-0.96
p:buurvrouw zit|vervolgafspraak|-0.99
p:chagrijn vandaag|prijzen|-0.97
p:chagrijn vandaag|etiketteren|0.72
p:chagrijn vandaag|geruststellen|-0.89
p:checken of|parafrase|0.84
p:checken of|samenvatting|-0.77
p:cijfer dit|afleiden|-0.97
p:cijfer kan|bekritiseren|-0.89
p:cijfer nog|ik-boodschap|0.86
p:cijfer te|parafrase|0.97
p:cijfer te|argumenteren|0.97
p:cijfer toe|vervolgafspraak|0.84
p:cijfer voor|gevoelsreflectie|-1.0
p:cijfer voor|samenvatting|1.0
p:cijfer voor|argumenteren|-0.98
p:cijfers dalen|jij-boodschap|-0.41
p:cijfers en|samenvatting|-0.82
p:cijfers hebben|afleiden|-0.85
p:cijfers het|argumenteren|0.87
p:cijfers hij|samenvatting|0.73
p:cijfers liegen|waarschuwen|-0.86
p:cijfers liegen|argumenteren|0.61
p:cijfers voor|jij-boodschap|-0.11
p:cijfers voor|samenvatting|0.72
p:cijfers voor|open-vraag|-1.0
p:cijfers voor|bekritiseren|-0.78
p:cijfers voor|interpreteren|-1.0
p:cijfers voor|afleiden|1.0
p:cijfers wat|gevoelsreflectie|-0.74
p:cijfers worden|bevelen|-0.99
p:cijfers worden|argumenteren|0.99
p:cijfers zakken|parafrase|-0.96
p:cijfers zakken|samenvatting|0.99
p:cijfers zakken|open-vraag|0.99
p:cijfers zijn|argumenteren|-0.95
p:clown van|jij-boodschap|-0.29
p:clown van|bekritiseren|-0.98
p:clown van|etiketteren|0.96
p:collega komt|geruststellen|-0.53
p:collega van|vervolgafspraak|0.84
p:combineert dan|bekritiseren|-0.92
p:communicatie daarover|open-vraag|0.98
p:communicatie met|parafrase|0.99
p:communicatie met|gevoelsreflectie|-1.0
p:communicatie met|samenvatting|0.29
p:communicatie met|interpreteren|-0.99
p:concentratie de|argumenteren|0.93
p:concentreren kunnen|vervolgafspraak|0.95
p:conciërge gebeld|parafrase|-0.99
p:conciërge naar|waarschuwen|1.86
p:conciërge naar|adviseren|-1.0
p:contact met|adviseren|-0.91
p:contact met|bekritiseren|0.98
p:contact met|ondervragen|-1.0
p:contact oké|aanmoediging|-0.97
p:controleert dat|bekritiseren|-0.83
p:controleert dat|vervolgafspraak|-0.99
p:controleert elke|adviseren|-0.99
p:controleert elke|etiketteren|-0.87
p:controleert het|argumenteren|-0.99
p:controleert over|vervolgafspraak|0.93
p:controleert zijn|jij-boodschap|0.93
p:controleren thuis|bekritiseren|-1.39
p:daan ?|adviseren|-0.99
p:daan ?|afleiden|0.99
p:daan daarop|ondervragen|-0.95
p:daan doet|jij-boodschap|1.0
p:daan doet|vervolgafspraak|-1.0
p:daan er|jij-boodschap|-0.83
p:daan hoe|afleiden|-0.99
p:daan in|open-vraag|1.0
p:daan vaak|parafrase|-1.0
p:daan vaak|bekritiseren|-1.0
p:daan zijn|open-vraag|-0.99
p:daan zijn|vervolgafspraak|0.99
p:daar anders|parafrase|1.0
p:daar anders|moraliseren|-1.0
p:daar een|bekritiseren|-0.83
p:daar een|vervolgafspraak|-0.99
p:daar ga|bevelen|-0.92
p:daar ga|afleiden|0.99
p:daar gaat|adviseren|0.81
p:daar gaat|prijzen|-0.81
p:daar gaat|afleiden|0.96
p:daar grenzen|moraliseren|0.93
p:daar grenzen|bekritiseren|0.21
p:daar groeit|geruststellen|0.99
p:daar hebben|etiketteren|0.95
p:daar hebben|afleiden|-0.87
p:daar iets|adviseren|-0.99
p:daar is|interpreteren|1.0
p:daar kan|ik-boodschap|-0.76
p:daar kan|argumenteren|0.76
p:daar lig|etiketteren|-1.0
p:daar maak|samenvatting|-0.99
p:daar maak|vervolgafspraak|0.99
p:daar maar|afleiden|-0.96
p:daar maken|geruststellen|-0.97
p:daar maken|afleiden|1.0
p:daar meer|open-vraag|0.9
p:daar niets|adviseren|-1.0
p:daar niets|ondervragen|1.0
p:daar nog|samenvatting|0.72
p:daar nu|bevelen|0.9
p:daar ongerust|gevoelsreflectie|0.93
p:daar schrok|ik-boodschap|0.95
p:daar schrok|gevoelsreflectie|-0.95
p:daar schrok|bedanken|-0.94
p:daar valt|argumenteren|0.88
p:daar wil|afleiden|0.92
p:daar zelf|parafrase|0.81
p:daar zenuwachtig|gevoelsreflectie|0.94
p:daaraan doet|samenvatting|0.91
p:daardoor de|samenvatting|0.91
p:daardoor doen|gevoelsreflectie|-0.96
p:daardoor kan|ik-boodschap|-0.95
p:daardoor kan|vervolgafspraak|-0.72
p:daarin ?|parafrase|0.91
p:daarmee wil|afronding-aankondigen|0.86
p:daarna ?|samenvatting|-0.94
p:daarna ?|aanmoediging|-0.86
p:daarna ?|bekritiseren|-0.58
p:daarna ?|afleiden|-0.93
p:daarna weten|waarschuwen|-1.0
p:daarna weten|vervolgafspraak|1.0
p:daarom doe|moraliseren|-0.77
p:daarom doet|moraliseren|-0.97
p:daarom niet|parafrase|0.96
p:daarom niet|samenvatting|-0.73
p:daarom niet|waarschuwen|-0.96
p:daarom niks|parafrase|0.95
p:daarom zo|interpreteren|1.84
p:daaronder vooral|gevoelsreflectie|0.93
p:daaronder vooral|interpreteren|0.93
p:daarop gereageerd|ondervragen|-0.95
p:daarover hoe|adviseren|-0.99
p:daarover hoe|afleiden|0.99
p:daarover wat|open-vraag|0.98
p:daartegenaan ?|jij-boodschap|-0.73
p:daartegenaan ?|open-vraag|1.94
p:daartegenaan ?|bekritiseren|-0.95
p:daarvan ?|ik-boodschap|0.94
p:daarvan thuis|open-vraag|1.0
p:dacht u|jij-boodschap|-0.99
p:daden gevolgen|moraliseren|0.98
p:daden gevolgen|adviseren|-0.98
p:dag ?|open-vraag|-0.96
p:dag de|adviseren|-0.99
p:dag de|etiketteren|-0.87
p:dag heb|ondervragen|-0.99
p:dag op|ik-boodschap|0.91
p:dag op|ondervragen|1.0
p:dag op|bedanken|-1.0
p:dag slecht|vervolgafspraak|0.95
p:dag verlaagt|argumenteren|0.93
p:dagen wegblijft|bekritiseren|0.95
p:dagen woensdag|argumenteren|-0.98
p:dagopening mist|ik-boodschap|0.99
p:dan 's|parafrase|1.0
p:dan 's|gevoelsreflectie|-1.0
p:dan 's|open-vraag|1.0
p:dan ?|ik-boodschap|-0.98
p:dan ?|jij-boodschap|-0.96
p:dan ?|moraliseren|-0.98
p:dan beginnen|bevelen|-0.95
p:dan beginnen|waarschuwen|-0.92
p:dan bespreken|bedanken|-0.85
p:dan bij|parafrase|1.0
p:dan bij|moraliseren|-1.0
p:dan de|aanmoediging|-0.73
p:dan de|etiketteren|0.92
p:dan doet|jij-boodschap|0.89
p:dan doet|bekritiseren|-0.89
p:dan doet|geruststellen|-0.97
p:dan hoor|moraliseren|0.99
p:dan hoor|prijzen|0.99
p:dan in|ik-boodschap|0.94
p:dan je|geruststellen|0.95
p:dan kan|argumenteren|-0.86
p:dan kan|prijzen|0.97
p:dan kan|vervolgafspraak|0.95
p:dan kijken|samenvatting|-0.96
p:dan kijken|afronding-aankondigen|-0.96
p:dan komt|prijzen|-0.62
p:dan kunt|prijzen|0.83
p:dan laten|bedanken|1.0
p:dan lukt|bekritiseren|-0.92
p:dan met|afronding-aankondigen|-0.69
p:dan moet|ik-boodschap|0.93
p:dan niet|open-vraag|-0.96
p:dan normaal|jij-boodschap|-1.0
p:dan normaal|open-vraag|-1.0
p:dan normaal|moraliseren|1.0
p:dan normaal|geruststellen|-1.0
p:dan ook|prijzen|-0.99
p:dan over|interpreteren|0.96
p:dan ronden|bedanken|-0.91
p:dan sta|ik-boodschap|0.92
p:dan tekent|moraliseren|-0.96
p:dan thuisgehouden|bekritiseren|0.52
p:dan vinden|prijzen|0.91
p:dan voel|ik-boodschap|0.99
p:dan wil|afronding-aankondigen|0.96
p:dan wordt|jij-boodschap|-0.99
p:dan zie|afronding-aankondigen|0.72
p:dank daarvoor|gevoelsreflectie|-0.91
p:dank daarvoor|bekritiseren|-0.94
p:dank dat|parafrase|-1.0
p:dank dat|open-vraag|-1.0
p:dank dat|aanmoediging|-1.0
p:dank dat|bedanken|1.0
p:dank je|samenvatting|-0.99
p:dank je|vervolgafspraak|0.92
p:dank je|bedanken|1.91
p:dank jullie|bekritiseren|-0.52
p:dank u|gevoelsreflectie|-0.99
p:dank u|bekritiseren|0.55
p:dank u|prijzen|-0.72
p:dank u|interpreteren|-1.0
p:dank u|geruststellen|-0.9
p:dank u|afronding-aankondigen|0.21
p:dank u|vervolgafspraak|-0.95
p:dank u|bedanken|1.07
p:dank voor|vervolgafspraak|0.59
p:dank voor|bedanken|0.99
p:dankbaar dat|vervolgafspraak|-0.92
p:dankjewel voor|afronding-aankondigen|-0.93
p:dankjewel voor|bedanken|0.87
p:dankuwel voor|afronding-aankondigen|-0.9
p:dankzij de|samenvatting|-0.98
p:dat ?|samenvatting|0.95
p:dat ?|aanmoediging|-0.98
p:dat ?|bekritiseren|-0.83
p:dat ?|ondervragen|1.0
p:dat ?|vervolgafspraak|-0.99
p:dat ?|bedanken|-1.0
p:dat alleen|bevelen|-0.91
p:dat alleen|interpreteren|0.95
p:dat allemaal|bekritiseren|-0.92
p:dat allemaal|prijzen|0.97
p:dat amira|ik-boodschap|-0.94
p:dat ayoub|vervolgafspraak|-0.72
p:dat baart|bekritiseren|-0.99
p:dat bij|ik-boodschap|0.97
p:dat blijft|vervolgafspraak|-0.91
p:dat blijkt|afleiden|-0.94
p:dat boze|geruststellen|-0.97
p:dat bram|ik-boodschap|0.94
p:dat bram|open-vraag|0.98
p:dat daan|ik-boodschap|-0.96
p:dat daaronder|gevoelsreflectie|0.93
p:dat daaronder|interpreteren|0.93
p:dat dan|parafrase|1.0
p:dat dan|gevoelsreflectie|-1.0
p:dat dan|open-vraag|1.0
p:dat de|parafrase|1.83
p:dat de|gevoelsreflectie|-0.91
p:dat de|open-vraag|0.95
p:dat de|adviseren|0.92
p:dat de|argumenteren|2.7
p:dat dit|waarschuwen|-0.72
p:dat dit|adviseren|-0.98
p:dat dit|argumenteren|-0.97
p:dat dit|prijzen|0.98
p:dat doet|afleiden|1.0
p:dat duidelijk|jij-boodschap|-0.42
p:dat duidelijk|bevelen|0.9
p:dat duidelijk|argumenteren|-0.9
p:dat een|etiketteren|-0.97
p:dat er|gevoelsreflectie|-0.98
p:dat er|interpreteren|0.91
p:dat eva|ik-boodschap|-0.99
p:dat even|samenvatting|-0.93
p:dat fijn|interpreteren|-0.94
p:dat frustreert|argumenteren|-0.99
p:dat frustreert|vervolgafspraak|-0.92
p:dat gaat|geruststellen|2.74
p:dat gebeurt|gevoelsreflectie|-0.94
p:dat gebeurt|geruststellen|0.51
p:dat gedaan|open-vraag|-0.99
p:dat gedoe|open-vraag|-0.94
p:dat gedoe|afleiden|0.94
p:dat geen|bekritiseren|0.84
p:dat gesprek|gevoelsreflectie|0.92
p:dat gesprek|vervolgafspraak|0.92
p:dat goed|parafrase|0.99
p:dat haalt|argumenteren|-0.82
p:dat haalt|geruststellen|1.0
p:dat had|bekritiseren|0.73
p:dat heb|parafrase|-0.96
p:dat heeft|bekritiseren|0.95
p:dat heel|geruststellen|-0.33
p:dat het|ik-boodschap|-0.94
p:dat het|gevoelsreflectie|-0.86
p:dat het|samenvatting|0.82
p:dat het|moraliseren|-1.0
p:dat het|bekritiseren|0.77
p:dat het|interpreteren|-1.73
p:dat het|geruststellen|-0.77
p:dat het|ondervragen|-1.0
p:dat het|vervolgafspraak|-0.99
p:dat hij|ik-boodschap|0.99
p:dat hij|jij-boodschap|-0.11
p:dat hij|parafrase|0.95
p:dat hij|gevoelsreflectie|-0.89
p:dat hij|samenvatting|0.87
p:dat hij|open-vraag|-0.93
p:dat hij|bevelen|1.84
p:dat hij|argumenteren|-0.96
p:dat hij|bekritiseren|0.22
p:dat hij|prijzen|0.91
p:dat hij|interpreteren|0.75
p:dat hij|geruststellen|-0.97
p:dat hij|vervolgafspraak|0.93
p:dat hoort|moraliseren|-1.79
p:dat hoort|argumenteren|-0.87
p:dat hoort|bekritiseren|-0.96
p:dat hoort|interpreteren|-1.0
p:dat hoort|geruststellen|-0.94
p:dat hoort|afleiden|1.91
p:dat huiswerkritme|prijzen|0.97
p:dat ik|ik-boodschap|-1.78
p:dat ik|parafrase|-0.9
p:dat ik|samenvatting|0.82
p:dat ik|open-vraag|-0.99
p:dat ik|waarschuwen|0.63
p:dat ik|adviseren|-0.99
p:dat in|bevelen|-0.85
p:dat incident|afleiden|0.91
p:dat irriteert|ik-boodschap|1.0
p:dat irriteert|waarschuwen|-1.0
p:dat irriteert|interpreteren|-1.0
p:dat is|jij-boodschap|-1.5
p:dat is|gevoelsreflectie|-1.0
p:dat is|samenvatting|-1.0
p:dat is|moraliseren|-1.0
p:dat is|argumenteren|0.13
p:dat is|bekritiseren|1.54
p:dat is|etiketteren|0.79
p:dat is|interpreteren|-1.86
p:dat is|geruststellen|1.45
p:dat is|afleiden|-0.91
p:dat is|afronding-aankondigen|-1.0
p:dat isa|parafrase|-0.9
p:dat jammer|gevoelsreflectie|-0.96
p:dat jayden|ik-boodschap|-0.92
p:dat jayden|jij-boodschap|-0.73
p:dat jayden|gevoelsreflectie|0.91
p:dat jayden|open-vraag|0.95
p:dat jayden|bekritiseren|-0.95
p:dat je|ik-boodschap|1.04
p:dat je|jij-boodschap|-1.0
p:dat je|gevoelsreflectie|-1.04
p:dat je|samenvatting|-1.97
p:dat je|open-vraag|-1.06
p:dat je|waarschuwen|0.96
p:dat je|adviseren|-0.99
p:dat je|bekritiseren|0.97
p:dat je|etiketteren|-0.99
p:dat je|interpreteren|-0.56
p:dat je|geruststellen|-2.74
p:dat je|bedanken|1.0
p:dat jesse|parafrase|0.84
p:dat jesse|samenvatting|-0.77
p:dat jij|ik-boodschap|-0.98
p:dat jij|jij-boodschap|1.35
p:dat jij|samenvatting|0.82
p:dat jij|bekritiseren|2.37
p:dat jij|prijzen|-0.92
p:dat jij|interpreteren|-1.84
p:dat jij|geruststellen|1.55
p:dat jij|afleiden|-0.91
p:dat jullie|bekritiseren|0.46
p:dat kan|aanmoediging|-0.96
p:dat kan|bevelen|-1.0
p:dat kan|waarschuwen|1.0
p:dat kan|etiketteren|-0.81
p:dat klinkt|ik-boodschap|-0.98
p:dat klinkt|gevoelsreflectie|0.98
p:dat klopt|argumenteren|0.99
p:dat klopt|geruststellen|-0.87
p:dat komt|parafrase|-0.81
p:dat komt|open-vraag|-1.0
p:dat komt|bevelen|-1.0
p:dat komt|bekritiseren|-0.88
p:dat komt|interpreteren|1.62
p:dat komt|afleiden|-1.89
p:dat kost|open-vraag|0.99
p:dat kwetst|ik-boodschap|0.94
p:dat laten|afleiden|0.95
p:dat liegen|moraliseren|0.95
p:dat liegen|argumenteren|-0.95
p:dat lossen|argumenteren|-1.0
p:dat lossen|prijzen|-1.0
p:dat lossen|interpreteren|-1.0
p:dat lossen|geruststellen|1.0
p:dat lossen|bedanken|-1.0
p:dat luuk|adviseren|-0.9
p:dat mag|gevoelsreflectie|-0.82
p:dat mag|bevelen|-0.82
p:dat milan|ik-boodschap|0.95
p:dat milan|jij-boodschap|-0.95
p:dat milan|bekritiseren|-0.86
p:dat moet|gevoelsreflectie|2.76
p:dat moet|etiketteren|-0.72
p:dat morgen|bekritiseren|0.53
p:dat niemand|parafrase|-0.98
p:dat niemand|gevoelsreflectie|0.91
p:dat niemand|bekritiseren|-0.97
p:dat niemand|prijzen|-0.91
p:dat niet|jij-boodschap|0.96
p:dat niet|gevoelsreflectie|0.9
p:dat niet|bekritiseren|0.33
p:dat niet|ondervragen|1.9
p:dat noah|adviseren|0.99
p:dat noah|vervolgafspraak|0.99
p:dat nog|parafrase|-0.95
p:dat nog|bevelen|-0.9
p:dat noor|ondervragen|-1.0
p:dat noor|afronding-aankondigen|-1.0
p:dat nou|argumenteren|-0.92
p:dat nu|bevelen|-0.99
p:dat nu|argumenteren|0.99
p:dat oprecht|ik-boodschap|0.99
p:dat ouders|moraliseren|0.79
p:dat overkomt|geruststellen|-0.59
p:dat overkomt|afleiden|0.84
p:dat precies|ondervragen|1.0
p:dat regelen|afleiden|-0.92
p:dat schermgebruik|argumenteren|0.93
p:dat school|interpreteren|1.0
p:dat school|bedanken|-0.87
p:dat sem|ik-boodschap|0.97
p:dat slaat|ik-boodschap|-0.9
p:dat slaat|argumenteren|0.98
p:dat slaat|bekritiseren|0.9
p:dat snap|adviseren|1.0
p:dat soort|afleiden|0.93
p:dat sophie|ik-boodschap|-0.99
p:dat stelt|gevoelsreflectie|-0.94
p:dat tess|ik-boodschap|-0.97
p:dat thuis|open-vraag|1.98
p:dat tom|ik-boodschap|-0.94
p:dat tom|parafrase|0.95
p:dat trekt|waarschuwen|-0.95
p:dat u|jij-boodschap|0.24
p:dat u|parafrase|-1.0
p:dat u|gevoelsreflectie|2.87
p:dat u|open-vraag|-1.0
p:dat u|aanmoediging|-1.0
p:dat u|bevelen|0.98
p:dat u|adviseren|0.14
p:dat u|prijzen|-1.71
p:dat u|interpreteren|-1.94
p:dat u|geruststellen|0.36
p:dat u|afleiden|-0.9
p:dat u|afronding-aankondigen|-1.01
p:dat u|vervolgafspraak|-0.92
p:dat u|bedanken|2.58
p:dat vind|ik-boodschap|2.82
p:dat vind|gevoelsreflectie|-0.92
p:dat vind|samenvatting|-1.0
p:dat vind|bevelen|-0.98
p:dat vind|argumenteren|-0.86
p:dat vind|vervolgafspraak|0.87
p:dat vond|vervolgafspraak|-0.97
p:dat voor|jij-boodschap|-0.98
p:dat voortaan|jij-boodschap|0.93
p:dat waait|afleiden|-0.68
p:dat was|argumenteren|-0.89
p:dat was|prijzen|-0.97
p:dat we|argumenteren|0.89
p:dat we|prijzen|0.93
p:dat we|geruststellen|-1.0
p:dat we|afleiden|-0.98
p:dat we|afronding-aankondigen|1.04
p:dat we|vervolgafspraak|-0.24
p:dat weet|ik-boodschap|-0.95
p:dat weet|moraliseren|0.95
p:dat wel|afleiden|-0.98
p:dat werkstuk|bevelen|1.73
p:dat ze|parafrase|1.81
p:dat ze|gevoelsreflectie|-1.0
p:dat ze|samenvatting|0.59
p:dat ze|bevelen|1.0
p:dat ze|waarschuwen|-1.0
p:dat ze|moraliseren|-0.95
p:dat ze|argumenteren|1.64
p:dat ze|prijzen|0.97
p:dat ze|interpreteren|1.94
p:dat ze|geruststellen|0.38
p:dat ze|ondervragen|-1.93
p:dat ze|afronding-aankondigen|-1.0
p:dat zegt|parafrase|-0.9
p:dat zegt|interpreteren|0.96
p:dat zelf|afleiden|-0.99
p:dat zie|parafrase|-0.99
p:dat zie|gevoelsreflectie|0.99
p:dat zie|bekritiseren|-2.66
p:dat ziet|bekritiseren|-1.76
p:dat zijn|moraliseren|0.98
p:dat zijn|adviseren|-0.98
p:dat zit|ik-boodschap|0.92
p:dat zit|bekritiseren|-0.56
p:dat zit|vervolgafspraak|-0.92
p:dat zo|ik-boodschap|-0.99
p:dat zo|jij-boodschap|1.42
p:dat zo|waarschuwen|0.99
p:dat zo|bekritiseren|1.77
p:dat zou|moraliseren|0.96
p:dat zoë|ik-boodschap|0.91
p:datum dan|afronding-aankondigen|-0.69
p:datum dankjewel|bedanken|0.87
p:datum met|ik-boodschap|-1.0
p:datum met|afleiden|-1.0
p:datum met|vervolgafspraak|1.0
p:datum met|bedanken|-1.0
p:de aansluiting|waarschuwen|-0.91
p:de aansluiting|bekritiseren|-0.99
p:de absenties|samenvatting|-0.82
p:de absenties|afronding-aankondigen|-0.82
p:de administratie|ik-boodschap|0.91
p:de administratie|waarschuwen|-0.91
p:de advocaat|bekritiseren|-0.71
p:de advocaat|etiketteren|0.96
p:de afdelingsleider|ondervragen|-0.92
p:de afgelopen|ik-boodschap|1.87
p:de afgelopen|jij-boodschap|-0.95
p:de afgelopen|open-vraag|-1.0
p:de afgelopen|bekritiseren|-1.42
p:de afgelopen|geruststellen|-1.0
p:de afspraak|argumenteren|-0.86
p:de afspraken|samenvatting|-0.93
p:de afspraken|open-vraag|0.95
p:de afspraken|bekritiseren|-0.73
p:de afspraken|geruststellen|-0.99
p:de afspraken|bedanken|-0.87
p:de agenda|jij-boodschap|-0.99
p:de agenda|adviseren|-0.99
p:de agenda|etiketteren|-0.87
p:de andere|open-vraag|-0.96
p:de andere|moraliseren|-1.0
p:de anderen|ik-boodschap|1.92
p:de anderen|gevoelsreflectie|-0.96
p:de anderen|waarschuwen|-0.99
p:de bedoeling|argumenteren|-0.89
p:de bedtijd|samenvatting|1.0
p:de bedtijd|adviseren|-1.0
p:de bedtijd|afronding-aankondigen|-1.0
p:de bel|bekritiseren|0.59
p:de berichten|jij-boodschap|1.09
p:de berichten|waarschuwen|-0.92
p:de berichten|bekritiseren|1.7
p:de berichten|etiketteren|-0.96
p:de beste|geruststellen|0.94
p:de bijles|parafrase|0.99
p:de bijles|bevelen|0.84
p:de bijles|geruststellen|-0.82
p:de bijles|ondervragen|0.86
p:de bijles|afronding-aankondigen|0.97
p:de bijles|vervolgafspraak|1.0
p:de bijles|bedanken|-1.0
p:de bijlesuren|waarschuwen|-0.93
p:de boer|gevoelsreflectie|0.98
p:de bovenbouw|parafrase|-0.97
p:de brief|ik-boodschap|-1.79
p:de brief|parafrase|0.95
p:de brief|argumenteren|-0.98
p:de brief|afleiden|-0.93
p:de brugklas|geruststellen|0.98
p:de bus|gevoelsreflectie|-0.96
p:de cijfers|ik-boodschap|-0.98
p:de cijfers|parafrase|-0.96
p:de cijfers|samenvatting|0.72
p:de cijfers|bevelen|-0.99
p:de cijfers|waarschuwen|-0.86
p:de cijfers|argumenteren|0.65
p:de cijfers|vervolgafspraak|-0.98
p:de clown|jij-boodschap|-0.29
p:de clown|bekritiseren|-0.98
p:de clown|etiketteren|0.96
p:de communicatie|parafrase|0.99
p:de communicatie|gevoelsreflectie|-1.0
p:de communicatie|samenvatting|0.29
p:de communicatie|open-vraag|0.98
p:de communicatie|interpreteren|-0.99
p:de concentratie|argumenteren|0.93
p:de conciërge|parafrase|-0.99
p:de conciërge|waarschuwen|2.74
p:de conciërge|adviseren|-1.0
p:de dag|ik-boodschap|-1.0
p:de dag|waarschuwen|1.0
p:de dag|moraliseren|-1.0
p:de dag|adviseren|-1.0
p:de dag|vervolgafspraak|0.95
p:de dagopening|ik-boodschap|0.99
p:de debatclub|ik-boodschap|0.98
p:de deur|gevoelsreflectie|-0.9
p:de deur|samenvatting|-0.95
p:de directeur|waarschuwen|0.97
p:de directie|afronding-aankondigen|0.99
p:de directie|vervolgafspraak|0.59
p:de directie|bedanken|0.99
p:de docent|jij-boodschap|-0.93
p:de docent|gevoelsreflectie|-1.0
p:de docent|samenvatting|1.0
p:de docent|waarschuwen|-0.99
p:de docenten|jij-boodschap|0.95
p:de docenten|moraliseren|-0.95
p:de docenten|bekritiseren|1.74
p:de draad|samenvatting|-1.0
p:de draad|argumenteren|-0.99
p:de eerste|ik-boodschap|-0.93
p:de eerste|parafrase|-0.9
p:de eerste|open-vraag|-1.0
p:de eerste|aanmoediging|-0.87
p:de eerste|prijzen|-0.97
p:de eerste|etiketteren|-0.92
p:de eerste|geruststellen|0.93
p:de eerste|ondervragen|-0.93
p:de eerste|vervolgafspraak|-1.0
p:de enige|bekritiseren|-1.0
p:de enige|geruststellen|1.0
p:de excursie|samenvatting|-0.93
p:de extra|vervolgafspraak|-0.97
p:de fiets|adviseren|0.87
p:de gang|bevelen|1.0
p:de gang|waarschuwen|0.97
p:de gang|interpreteren|-1.0
p:de gang|afleiden|-1.0
p:de gaten|geruststellen|0.88
p:de gaten|bedanken|0.9
p:de gestolen|parafrase|-0.99
p:de grens|jij-boodschap|-0.41
p:de groep|jij-boodschap|1.54
p:de groep|bekritiseren|0.44
p:de groep|etiketteren|0.96
p:de groepsapp|samenvatting|0.72
p:de groepsopdracht|gevoelsreflectie|-0.96
p:de grote|etiketteren|0.95
p:de grote|afleiden|-0.87
p:de gymdocent|jij-boodschap|-0.73
p:de gymdocent|open-vraag|0.95
p:de gymdocent|argumenteren|-0.96
p:de gymdocent|bekritiseren|-0.95
p:de gymles|ik-boodschap|0.78
p:de gymles|gevoelsreflectie|1.84
p:de hand|jij-boodschap|0.89
p:de hand|bekritiseren|0.89
p:de hand|geruststellen|-0.25
p:de havo|waarschuwen|0.95
p:de hele|ik-boodschap|0.93
p:de hele|parafrase|0.97
p:de hele|gevoelsreflectie|-0.9
p:de hele|samenvatting|-0.95
p:de hele|aanmoediging|-0.73
p:de hele|bevelen|0.9
p:de hele|argumenteren|-0.99
p:de hele|bekritiseren|0.67
p:de helft|vervolgafspraak|-0.92
p:de herfstvakantie|ik-boodschap|0.96
p:de herfstvakantie|jij-boodschap|-1.52
p:de herfstvakantie|bekritiseren|-2.16
p:de herkansing|ik-boodschap|0.86
p:de hond|afleiden|0.86
p:de hoogte|ik-boodschap|-0.93
p:de hoogte|parafrase|1.0
p:de hoogte|moraliseren|0.93
p:de hoogte|prijzen|0.95
p:de hoogte|ondervragen|0.99
p:de hoogte|bedanken|0.79
p:de huisarts|ik-boodschap|0.94
p:de huisarts|samenvatting|0.93
p:de huisarts|prijzen|-0.94
p:de huisarts|vervolgafspraak|0.81
p:de huiswerkbegeleiding|bevelen|-0.99
p:de huiswerkbegeleiding|adviseren|0.99
p:de huiswerkbegeleiding|ondervragen|-0.99
p:de huiswerkklas|ik-boodschap|-0.95
p:de huiswerkklas|parafrase|-0.91
p:de huiswerkklas|samenvatting|0.86
p:de huiswerkklas|adviseren|0.98
p:de huiswerkklas|ondervragen|-1.0
p:de huiswerkklas|vervolgafspraak|-1.0
p:de instructie|samenvatting|-0.99
p:de instructie|open-vraag|-0.99
p:de jaarplanning|argumenteren|1.94
p:de kampweek|parafrase|-0.93
p:de kampweek|samenvatting|0.93
p:de kans|ik-boodschap|0.8
p:de kerst|jij-boodschap|-1.0
p:de kerst|bekritiseren|-1.0
p:de keuken|waarschuwen|-0.87
p:de keuken|adviseren|1.97
p:de klas|jij-boodschap|-0.83
p:de klas|parafrase|-0.11
p:de klas|samenvatting|0.25
p:de klas|open-vraag|2.95
p:de klas|bevelen|0.9
p:de klas|adviseren|-0.97
p:de klas|bekritiseren|-0.92
p:de klas|prijzen|0.97
p:de klas|interpreteren|-0.94
p:de klas|geruststellen|-0.95
p:de klas|afleiden|-0.99
p:de klas|vervolgafspraak|-0.98
p:de klas|bedanken|-0.94
p:de kluisjes|ik-boodschap|0.85
p:de kluisjes|open-vraag|-0.97
p:de laatste|waarschuwen|0.63
p:de laatste|adviseren|0.99
p:de laatste|geruststellen|0.93
p:de laatste|ondervragen|-0.93
p:de laatste|vervolgafspraak|0.27
p:de laptop|adviseren|0.92
p:de lat|bekritiseren|0.35
p:de leerplichtambtenaar|waarschuwen|0.74
p:de leraar|moraliseren|0.98
p:de les|open-vraag|1.01
p:de les|bevelen|-1.0
p:de les|waarschuwen|-1.0
p:de les|argumenteren|-0.95
p:de les|bekritiseren|-0.95
p:de les|geruststellen|-0.96
p:de les|bedanken|-0.94
p:de leukste|samenvatting|-0.91
p:de lunch|ik-boodschap|0.99
p:de mail|samenvatting|0.95
p:de mail|ondervragen|0.82
p:de mail|vervolgafspraak|-0.56
p:de mails|bekritiseren|0.99
p:de manier|samenvatting|-0.87
p:de mavo|open-vraag|-0.98
p:de meeste|open-vraag|0.93
p:de mentor|parafrase|0.99
p:de mentor|samenvatting|0.23
p:de mentor|moraliseren|-0.95
p:de mentor|interpreteren|-0.99
p:de mentor|geruststellen|0.88
p:de mentor|afronding-aankondigen|-0.9
p:de mentor|vervolgafspraak|-1.0
p:de mentor|bedanken|0.79
p:de moeder|aanmoediging|-1.0
p:de moeder|prijzen|-1.0
p:de moeite|vervolgafspraak|-0.93
p:de nabespreking|ik-boodschap|0.97
p:de nieuwe|ik-boodschap|0.92
p:de nieuwe|open-vraag|0.93
p:de nieuwe|bekritiseren|-0.56
p:de nieuwe|interpreteren|0.62
p:de nieuwe|geruststellen|0.99
p:de nieuwe|afleiden|0.99
p:de normering|parafrase|0.97
p:de normering|argumenteren|0.97
p:de oefeningen|gevoelsreflectie|-0.92
p:de opdracht|ik-boodschap|-0.9
p:de opdracht|argumenteren|0.85
p:de opdracht|bekritiseren|0.37
p:de opdracht|geruststellen|-0.92
p:de opdrachten|parafrase|-0.9
p:de opdrachten|vervolgafspraak|-0.72
p:de opgaven|open-vraag|-0.99
p:de opgaven|vervolgafspraak|0.99
p:de orthopedagoog|bekritiseren|0.7
p:de ouderavond|open-vraag|-1.0
p:de ouderavond|argumenteren|0.99
p:de ouderavond|bekritiseren|0.71
p:de ouderavond|etiketteren|-0.96
p:de ouderavond|geruststellen|-1.0
p:de overgangsnorm|vervolgafspraak|-0.99
p:de overgangsnormen|ik-boodschap|-0.76
p:de overgangsnormen|argumenteren|0.76
p:de overgangsnormen|geruststellen|-0.99
p:de overstap|parafrase|-0.97
p:de overstap|samenvatting|0.6
p:de overstap|open-vraag|-0.98
p:de overstap|afronding-aankondigen|-0.85
p:de pauze|ik-boodschap|0.8
p:de pauze|gevoelsreflectie|-0.95
p:de pauze|argumenteren|-0.97
p:de pesterijen|parafrase|-0.99
p:de pesterijen|gevoelsreflectie|-0.74
p:de pesterijen|afronding-aankondigen|0.86
p:de pet|bekritiseren|0.93
p:de planner|adviseren|-0.99
p:de planning|jij-boodschap|0.58
p:de planning|bekritiseren|0.38
p:de planning|afleiden|-0.95
p:de playstation|moraliseren|0.83
p:de plicht|moraliseren|0.98
p:de puberteit|geruststellen|-0.94
p:de puberteit|afleiden|0.94
p:de pubertijd|moraliseren|-0.85
p:de regels|bevelen|0.93
p:de regels|argumenteren|1.98
p:de regels|geruststellen|-0.87
p:de rekentoets|vervolgafspraak|-0.99
p:de rest|argumenteren|0.96
p:de rest|vervolgafspraak|0.95
p:de ruzie|samenvatting|0.71
p:de ruzie|vervolgafspraak|-0.91
p:de scheiding|interpreteren|1.88
p:de school|samenvatting|-1.0
p:de school|adviseren|0.81
p:de school|argumenteren|-0.99
p:de school|prijzen|-0.81
p:de school|interpreteren|0.96
p:de school|ondervragen|1.0
p:de schoolarts|vervolgafspraak|0.95
p:de schoolgids|jij-boodschap|-0.99
p:de schoolgids|waarschuwen|-0.99
p:de schoolgids|bekritiseren|-0.99
p:de schoolgids|afleiden|-0.89
p:de schoolreis|afleiden|0.84
p:de schoolresultaten|ik-boodschap|-0.93
p:de schoolresultaten|moraliseren|0.93
p:de schorsing|parafrase|0.99
p:de schorsing|gevoelsreflectie|0.91
p:de schorsing|argumenteren|-0.98
p:de schorsing|prijzen|-0.91
p:de sectie|gevoelsreflectie|0.92
p:de sectie|vervolgafspraak|0.92
p:de sfeer|ik-boodschap|-0.99
p:de sfeer|jij-boodschap|1.42
p:de sfeer|samenvatting|0.95
p:de sfeer|waarschuwen|0.99
p:de sfeer|bekritiseren|1.88
p:de slimste|adviseren|-0.97
p:de slimste|prijzen|0.97
p:de stof|waarschuwen|-0.93
p:de straf|open-vraag|0.98
p:de studiewijzer|ik-boodschap|-0.9
p:de studiewijzer|argumenteren|1.75
p:de studiewijzer|bekritiseren|0.9
p:de tafel|samenvatting|-0.99
p:de tafel|open-vraag|-0.99
p:de tafel|vervolgafspraak|0.99
p:de tandarts|bevelen|-0.93
p:de tas|ik-boodschap|-0.84
p:de teamleider|ik-boodschap|-1.0
p:de teamleider|gevoelsreflectie|-0.91
p:de teamleider|waarschuwen|0.92
p:de teamleider|afleiden|-1.0
p:de teamleider|vervolgafspraak|1.0
p:de teamleider|bedanken|-1.0
p:de telefoon|samenvatting|0.99
p:de telefoon|waarschuwen|-0.87
p:de telefoon|adviseren|1.0
p:de tijd|parafrase|-1.0
p:de tijd|open-vraag|-1.0
p:de tijd|argumenteren|-1.0
p:de tijd|geruststellen|-1.0
p:de tijd|afronding-aankondigen|1.0
p:de tijd|bedanken|1.0
p:de toets|parafrase|0.91
p:de toets|gevoelsreflectie|0.92
p:de toets|bevelen|-0.98
p:de toets|waarschuwen|0.91
p:de toets|argumenteren|0.96
p:de toets|interpreteren|-0.99
p:de toets|ondervragen|-0.81
p:de toets|vervolgafspraak|1.34
p:de toetsdatum|prijzen|-0.99
p:de toetsen|parafrase|-0.95
p:de toetsen|open-vraag|-0.95
p:de toetsen|adviseren|-0.9
p:de toetsweek|argumenteren|1.23
p:de toetsweek|vervolgafspraak|0.99
p:de tolk|ik-boodschap|-1.81
p:de tolk|parafrase|0.95
p:de trainingen|ik-boodschap|0.98
p:de trap|ik-boodschap|0.94
p:de tweede|gevoelsreflectie|0.97
p:de tweede|waarschuwen|0.93
p:de tweede|argumenteren|-0.79
p:de tweede|geruststellen|0.96
p:de tweede|afleiden|0.99
p:de tweede|vervolgafspraak|-0.99
p:de uitleg|ik-boodschap|0.93
p:de uitleg|parafrase|0.93
p:de uitleg|open-vraag|1.98
p:de uitleg|vervolgafspraak|-0.11
p:de uitslag|prijzen|0.83
p:de uitslag|bedanken|0.95
p:de vakantie|jij-boodschap|0.51
p:de vakantie|adviseren|-0.97
p:de vakantie|interpreteren|0.78
p:de vakantie|geruststellen|0.99
p:de vakdocenten|samenvatting|1.0
p:de vakdocenten|adviseren|-1.0
p:de vakdocenten|afronding-aankondigen|-1.0
p:de verbouwing|afleiden|0.98
p:de verhuizing|interpreteren|0.94
p:de verhuizing|geruststellen|-0.47
p:de verhuizing|vervolgafspraak|-1.0
p:de vertrouwenspersoon|vervolgafspraak|1.65
p:de vierde|bekritiseren|-0.99
p:de volgende|ik-boodschap|-0.92
p:de volgende|moraliseren|-0.77
p:de volgende|argumenteren|0.93
p:de volgende|vervolgafspraak|-1.57
p:de volgende|bedanken|-0.9
p:de voorstelling|adviseren|-0.99
p:de vrienden|afronding-aankondigen|-0.95
p:de vries|interpreteren|-0.91
p:de wc|gevoelsreflectie|-0.91
p:de wc|argumenteren|-0.99
p:de website|argumenteren|-2.54
p:de week|adviseren|0.98
p:de week|afronding-aankondigen|-1.0
p:de week|vervolgafspraak|-0.64
p:de wereld|argumenteren|-0.79
p:de wereld|afleiden|0.99
p:de werkweek|ik-boodschap|-1.79
p:de werkweek|parafrase|0.95
p:de wifi|adviseren|1.0
p:de wifi|ondervragen|-0.82
p:de woordjes|waarschuwen|-0.99
p:de zes|argumenteren|0.85
p:de ziekmelding|ik-boodschap|0.91
p:de ziekmelding|waarschuwen|-0.91
p:de zorgcommissie|afronding-aankondigen|-0.98
p:de zorgcoordinator|ik-boodschap|-0.92
p:de zorgcoordinator|afronding-aankondigen|0.22
p:de zorgcoördinator|argumenteren|-0.86
p:de zorgcoördinator|vervolgafspraak|2.47
p:deadline te|prijzen|-0.92
p:debatclub komt|ik-boodschap|0.98
p:deed hij|aanmoediging|-0.91
p:deed je|moraliseren|0.98
p:deed u|samenvatting|-0.94
p:deelt dank|bedanken|1.0
p:degene die|jij-boodschap|1.49
p:degene die|bekritiseren|-2.08
p:degene die|etiketteren|-0.96
p:dekker voor|ondervragen|-1.0
p:delen als|open-vraag|0.97
p:denk dat|jij-boodschap|0.67
p:denk dat|bekritiseren|0.8
p:denk dat|prijzen|-0.95
p:denk dat|interpreteren|1.0
p:denk dat|geruststellen|0.86
p:denk dat|afleiden|-0.98
p:denk dat|afronding-aankondigen|1.01
p:denk dat|vervolgafspraak|-0.99
p:denk eerder|parafrase|0.95
p:denk ik|adviseren|-0.99
p:denk ik|interpreteren|1.77
p:denk je|gevoelsreflectie|-0.98
p:denk je|afleiden|-0.91
p:denk maar|waarschuwen|0.96
p:denk maar|interpreteren|-0.96
p:denken altijd|prijzen|0.91
p:denkt dat|geruststellen|0.99
p:denkt u|ondervragen|-1.93
p:derde uur|ik-boodschap|0.99
p:detail laten|geruststellen|-0.96
p:detail laten|afleiden|0.97
p:deur dichtsloeg|ik-boodschap|-0.95
p:deur dichtsmeet|ik-boodschap|0.95
p:deur dichtsmeet|gevoelsreflectie|-0.9
p:deur dichtsmeet|samenvatting|-0.95
p:dex vaak|vervolgafspraak|-1.0
p:deze klas|samenvatting|-0.86
p:deze klas|argumenteren|-0.9
p:deze periode|bekritiseren|0.61
p:deze school|geruststellen|0.94
p:deze week|gevoelsreflectie|-0.92
p:deze week|bekritiseren|-0.94
p:deze week|afleiden|-0.99
p:deze zomer|open-vraag|-0.94
p:deze zomer|afleiden|0.94
p:dicht gaat|adviseren|0.92
p:dichtsloeg schrok|ik-boodschap|-0.95
p:dichtsmeet schrok|ik-boodschap|0.95
p:dichtsmeet schrok|gevoelsreflectie|-0.9
p:dichtsmeet schrok|samenvatting|-0.95
p:die 8|parafrase|-0.96
p:die afspraak|bekritiseren|-0.47
p:die app|argumenteren|-0.96
p:die avond|adviseren|-0.97
p:die begint|bekritiseren|-2.08
p:die buikpijn|argumenteren|-0.51
p:die dat|parafrase|-0.9
p:die deadlines|bekritiseren|-1.79
p:die examens|geruststellen|0.99
p:die groep|gevoelsreflectie|0.95
p:die helikopterouders|bevelen|-0.93
p:die helikopterouders|bekritiseren|-0.89
p:die herkansing|gevoelsreflectie|-0.83
p:die herkansing|geruststellen|0.97
p:die het|etiketteren|-0.92
p:die jongen|bekritiseren|0.82
p:die lastig|open-vraag|-1.0
p:die lastig|geruststellen|-1.0
p:die mail|bekritiseren|0.62
p:die middag|parafrase|0.96
p:die middag|samenvatting|-0.73
p:die middag|waarschuwen|-0.96
p:die ongeldig|samenvatting|-0.87
p:die opdracht|moraliseren|-0.95
p:die opmerking|jij-boodschap|-0.96
p:die overal|gevoelsreflectie|-0.97
p:die overal|prijzen|-0.84
p:die overal|etiketteren|0.97
p:die pest|jij-boodschap|1.49
p:die pest|etiketteren|-0.96
p:die pet|gevoelsreflectie|-1.0
p:die pet|bevelen|1.0
p:die pet|argumenteren|-1.0
p:die playstation|bekritiseren|0.25
p:die regel|argumenteren|1.0
p:die te|argumenteren|0.99
p:die telefoon|bevelen|0.83
p:die telefoon|prijzen|-0.97
p:die toets|interpreteren|0.95
p:die u|bekritiseren|0.62
p:die van|ik-boodschap|0.94
p:die wil|etiketteren|0.99
p:die zo|prijzen|0.95
p:dient zich|bekritiseren|-0.74
p:dingen besproken|afronding-aankondigen|-0.95
p:dingen te|ik-boodschap|-0.99
p:dinsdag is|parafrase|0.76
p:dinsdag is|samenvatting|-0.9
p:dinsdag met|afronding-aankondigen|0.99
p:dinsdag met|vervolgafspraak|0.59
p:dinsdag met|bedanken|0.99
p:dinsdag naar|parafrase|-0.91
p:dinsdag naar|samenvatting|0.86
p:dipje in|geruststellen|0.96
p:diploma echt|geruststellen|-0.98
p:diploma niet|bekritiseren|0.95
p:diploma nooit|bekritiseren|-0.88
p:directeur inschakelen|waarschuwen|0.97
p:directie dank|afronding-aankondigen|0.99
p:directie dank|vervolgafspraak|0.59
p:directie dank|bedanken|0.99
p:dit al|ik-boodschap|-0.8
p:dit alleen|jij-boodschap|-0.58
p:dit alleen|aanmoediging|-1.0
p:dit alleen|bekritiseren|-0.25
p:dit alleen|interpreteren|1.0
p:dit alleen|afronding-aankondigen|-1.0
p:dit best|moraliseren|-0.76
p:dit eerlijk|bekritiseren|-0.91
p:dit elk|vervolgafspraak|-0.99
p:dit enorm|bekritiseren|0.95
p:dit gaat|afleiden|-1.94
p:dit gaat|bedanken|-0.94
p:dit gesprek|gevoelsreflectie|-0.99
p:dit gesprek|bekritiseren|0.72
p:dit gesprek|vervolgafspraak|-0.59
p:dit gesprek|bedanken|-0.9
p:dit heeft|waarschuwen|0.93
p:dit in|ik-boodschap|-0.87
p:dit in|moraliseren|-0.99
p:dit in|etiketteren|-0.99
p:dit is|waarschuwen|0.63
p:dit is|bekritiseren|0.99
p:dit jaar|ondervragen|-1.0
p:dit kan|waarschuwen|0.95
p:dit kwartaal|bekritiseren|-0.89
p:dit lukt|adviseren|-1.0
p:dit lukt|bekritiseren|-1.0
p:dit lukt|prijzen|1.66
p:dit melden|argumenteren|0.97
p:dit met|bedanken|1.0
p:dit niet|waarschuwen|-0.72
p:dit niet|bekritiseren|0.83
p:dit nodig|adviseren|-0.98
p:dit nodig|argumenteren|-0.97
p:dit nodig|prijzen|0.98
p:dit nog|jij-boodschap|-0.99
p:dit nog|moraliseren|0.98
p:dit nog|adviseren|-0.98
p:dit nog|prijzen|-0.94
p:dit ook|bekritiseren|-0.92
p:dit op|waarschuwen|-0.93
p:dit plan|prijzen|0.95
p:dit raakt|parafrase|-0.99
p:dit raakt|gevoelsreflectie|0.99
p:dit soort|bekritiseren|1.87
p:dit te|ik-boodschap|-0.99
p:dit vast|moraliseren|-0.96
p:dit vast|interpreteren|-0.93
p:dit vertelt|gevoelsreflectie|0.92
p:dit vertelt|samenvatting|-0.99
p:dit zo|bevelen|-1.0
p:dit zo|bekritiseren|-0.95
p:dit zo|prijzen|-0.95
p:docent en|gevoelsreflectie|-1.0
p:docent en|samenvatting|1.0
p:docent frans|ik-boodschap|-0.98
p:docent frans|parafrase|-0.91
p:docent frans|samenvatting|1.68
p:docent gegaan|open-vraag|-0.99
p:docent moet|waarschuwen|-0.99
p:docent te|bekritiseren|0.99
p:docent zo|jij-boodschap|0.93
p:docenten afschuift|bekritiseren|0.98
p:dochter doet|bekritiseren|0.81
p:dochter heeft|ik-boodschap|0.86
p:dochter heeft|interpreteren|-1.0
p:dochter heeft|afronding-aankondigen|-1.0
p:dochter houdt|jij-boodschap|0.72
p:dochter is|jij-boodschap|0.31
p:dochter is|bekritiseren|-1.79
p:dochter zit|jij-boodschap|-0.95
p:dochter zit|bekritiseren|0.92
p:doe ?|parafrase|-0.9
p:doe dat|bevelen|-0.9
p:doe je|ik-boodschap|-0.95
p:doe je|jij-boodschap|-0.98
p:doe je|waarschuwen|-1.0
p:doe je|moraliseren|1.91
p:doe je|argumenteren|-0.87
p:doe je|bekritiseren|-1.58
p:doe je|etiketteren|-1.0
p:doe je|ondervragen|-1.0
p:doe niet|jij-boodschap|-1.0
p:doe niet|bevelen|0.98
p:doe niet|moraliseren|-1.0
p:doe niet|etiketteren|1.86
p:doen ?|open-vraag|-0.94
p:doen ?|afleiden|0.94
p:doen de|gevoelsreflectie|-0.96
p:doen dit|vervolgafspraak|-0.99
p:doen hoe|ik-boodschap|0.97
p:doen in|adviseren|-0.97
p:doen in|prijzen|0.97
p:doen thuis|bekritiseren|0.88
p:doet ?|bekritiseren|1.35
p:doet dat|geruststellen|-0.33
p:doet dit|jij-boodschap|-0.58
p:doet dit|aanmoediging|-1.0
p:doet dit|bekritiseren|-0.25
p:doet dit|interpreteren|1.0
p:doet dit|afronding-aankondigen|-1.0
p:doet echt|bekritiseren|0.1
p:doet elke|afleiden|1.0
p:doet geen|jij-boodschap|1.0
p:doet geen|vervolgafspraak|-1.0
p:doet gewoon|bekritiseren|-2.6
p:doet goed|geruststellen|-0.96
p:doet helemaal|bekritiseren|0.81
p:doet het|parafrase|-0.95
p:doet het|bekritiseren|0.96
p:doet hij|moraliseren|-0.97
p:doet maar|etiketteren|-0.99
p:doet me|ik-boodschap|0.85
p:doet me|open-vraag|-0.97
p:doet me|prijzen|-0.99
p:doet mee|interpreteren|-0.85
p:doet niets|jij-boodschap|-0.92
p:doet niets|geruststellen|2.58
p:doet nooit|jij-boodschap|0.98
p:doet nooit|bekritiseren|0.63
p:doet ook|bevelen|0.97
p:doet steeds|jij-boodschap|0.94
p:doet steeds|bekritiseren|0.94
p:doet u|jij-boodschap|-0.75
p:doet u|samenvatting|-0.63
p:doet u|bekritiseren|-0.39
p:doet vind|ik-boodschap|-0.8
p:doet volgt|moraliseren|0.98
p:doet volgt|adviseren|-0.98
p:doet ze|jij-boodschap|0.89
p:doet ze|bekritiseren|0.89
p:doet ze|interpreteren|0.62
p:domme vergissing|geruststellen|-0.94
p:donderdag na|afronding-aankondigen|0.72
p:donderdag om|samenvatting|-0.99
p:donderdag om|open-vraag|-0.99
p:donderdag om|vervolgafspraak|1.91
p:donderdag om|bedanken|0.92
p:donderdag praten|vervolgafspraak|0.9
p:donderdag samen|waarschuwen|-1.0
p:donderdag samen|vervolgafspraak|1.0
p:donderdag terug|bedanken|-0.97
p:donderdag verdergaan|ik-boodschap|-0.95
p:donderdag wat|afronding-aankondigen|-0.98
p:donderdag zo|argumenteren|-0.98
p:door de|ik-boodschap|0.99
p:door de|jij-boodschap|0.51
p:door de|parafrase|-0.96
p:door de|waarschuwen|0.87
p:door de|adviseren|-1.0
p:door de|argumenteren|-0.99
p:door de|interpreteren|0.78
p:door de|geruststellen|-0.47
p:door geraakt|aanmoediging|1.0
p:door haar|waarschuwen|-0.99
p:door je|gevoelsreflectie|0.94
p:door je|open-vraag|0.94
p:door meneer|gevoelsreflectie|0.98
p:door rustig|etiketteren|-0.9
p:door te|jij-boodschap|-0.99
p:door te|samenvatting|-1.0
p:door te|adviseren|1.98
p:door van|geruststellen|-0.99
p:door verrast|ik-boodschap|0.98
p:doordat hij|bekritiseren|-0.88
p:doordat hij|geruststellen|-0.99
p:doordat je|geruststellen|-0.97
p:doordring en|adviseren|-0.99
p:doorgaan krijgt|afleiden|-0.96
p:doorgaat bel|waarschuwen|0.91
p:doorgaat blijft|bevelen|-1.0
p:doorgaat blijft|waarschuwen|1.0
p:doorgaat haalt|argumenteren|-0.7
p:doorgaat haalt|bekritiseren|0.95
p:doorgaat lig|ik-boodschap|-0.99
p:doorgaat lig|jij-boodschap|1.42
p:doorgaat lig|waarschuwen|0.99
p:doorgaat lig|bekritiseren|1.88
p:doorgaat mist|waarschuwen|-0.91
p:doorgaat mist|bekritiseren|-0.99
p:doorgaat verliest|adviseren|-0.91
p:doorgaat wordt|bekritiseren|-0.95
p:doorgeven heb|ik-boodschap|0.91
p:doorgeven heb|waarschuwen|-0.91
p:draad kwijt|samenvatting|-1.0
p:draad kwijt|argumenteren|-0.99
p:draaien in|afronding-aankondigen|0.99
p:draaien in|vervolgafspraak|-0.99
p:drama van|bekritiseren|-1.82
p:dramatisch als|geruststellen|0.62
p:dramatisch mevrouw|bevelen|-0.76
p:drammer hè|etiketteren|0.99
p:drammer zeg|bekritiseren|-0.99
p:drie dagen|bekritiseren|0.95
p:drie dingen|ik-boodschap|-0.99
p:drie dingen|afronding-aankondigen|-0.95
p:drie keer|ik-boodschap|0.12
p:drie keer|argumenteren|0.94
p:drie keer|bekritiseren|-0.56
p:drie onvoldoendes|waarschuwen|-0.86
p:drie onvoldoendes|argumenteren|0.61
p:drie toetsen|bekritiseren|-0.99
p:drie uur|bekritiseren|0.84
p:drie weken|open-vraag|-1.0
p:drie weken|adviseren|0.99
p:drie weken|prijzen|-0.99
p:drie weken|geruststellen|-1.0
p:drie weken|vervolgafspraak|0.99
p:drie weken|bedanken|0.9
p:druk dat|open-vraag|-1.0
p:druk heeft|bekritiseren|0.89
p:druk hij|gevoelsreflectie|-0.83
p:druk hij|geruststellen|0.97
p:druk is|geruststellen|-0.77
p:druk je|bevelen|0.85
p:druk om|geruststellen|-0.97
p:druk om|afleiden|1.0
p:druk te|geruststellen|0.97
p:drukke periode|samenvatting|-1.0
p:drukke periode|bevelen|-1.0
p:drukte vandaag|etiketteren|-0.81
p:duidelijk ?|jij-boodschap|-0.42
p:duidelijk ?|bevelen|0.9
p:duidelijk ?|argumenteren|-0.9
p:duidelijk als|argumenteren|0.99
p:duidelijk door|aanmoediging|1.0
p:duidelijk helemaal|aanmoediging|-0.94
p:duidelijk teleurgesteld|gevoelsreflectie|0.92
p:duidelijk teleurgesteld|vervolgafspraak|0.92
p:duidelijk van|samenvatting|-0.99
p:duidelijk van|open-vraag|-0.99
p:duidelijk wie|argumenteren|0.91
p:duits misgaat|parafrase|1.0
p:duits misgaat|moraliseren|-1.0
p:durft het|samenvatting|0.84
p:durft het|bekritiseren|-0.84
p:dus af|ik-boodschap|-0.98
p:dus af|samenvatting|0.82
p:dus bevorderen|argumenteren|0.85
p:dus dat|parafrase|1.0
p:dus dat|gevoelsreflectie|-0.91
p:dus dat|open-vraag|-0.99
p:dus dat|moraliseren|-1.0
p:dus dat|geruststellen|-0.99
p:dus de|samenvatting|-1.0
p:dus de|open-vraag|-1.0
p:dus dit|adviseren|-1.0
p:dus dit|bekritiseren|-1.0
p:dus dit|prijzen|1.66
p:dus even|parafrase|-0.93
p:dus even|samenvatting|0.93
p:dus het|parafrase|1.9
p:dus het|samenvatting|-1.58
p:dus het|interpreteren|-0.99
p:dus ik|gevoelsreflectie|-0.95
p:dus ik|prijzen|0.92
p:dus ik|vervolgafspraak|0.81
p:dus je|ik-boodschap|1.03
p:dus je|open-vraag|0.99
p:dus je|moraliseren|-0.99
p:dus je|bekritiseren|-0.56
p:dus je|prijzen|0.99
p:dus je|etiketteren|-0.99
p:dus je|geruststellen|-0.92
p:dus jij|samenvatting|0.86
p:dus jij|adviseren|-0.97
p:dus jij|bekritiseren|0.42
p:dus jij|prijzen|0.97
p:dus om|parafrase|-1.0
p:dus om|samenvatting|1.0
p:dus om|bevelen|-0.96
p:dus op|parafrase|0.76
p:dus op|samenvatting|-0.9
p:dus samengevat|aanmoediging|-0.99
p:dus teleurgesteld|gevoelsreflectie|0.91
p:dus teleurgesteld|prijzen|-0.91
p:dus tot|parafrase|-0.81
p:dus u|ik-boodschap|-0.94
p:dus u|parafrase|0.81
p:dus u|gevoelsreflectie|-0.91
p:dus u|waarschuwen|-0.97
p:dus u|argumenteren|-0.97
p:dus u|bekritiseren|0.84
p:dus u|geruststellen|0.99
p:dus u|vervolgafspraak|-0.88
p:dus volgens|parafrase|0.99
p:dus volgens|argumenteren|-0.96
p:dus zijn|ik-boodschap|0.95
p:dus zijn|jij-boodschap|-0.95
p:dus zijn|bekritiseren|-0.86
p:duurt het|moraliseren|0.96
p:dwingen om|bevelen|0.96
p:dwingen om|adviseren|-0.96
p:dwingen om|bekritiseren|-0.77
p:ech nergens|argumenteren|-0.76
p:echt afronden|afronding-aankondigen|0.9
p:echt afronden|bedanken|0.71
p:echt afsluiten|vervolgafspraak|-0.59
p:echt afsluiten|bedanken|-0.9
p:echt boos|ik-boodschap|-1.0
p:echt boos|jij-boodschap|-1.0
p:echt boos|parafrase|-1.0
p:echt boos|gevoelsreflectie|1.0
p:echt boos|samenvatting|-1.0
p:echt boos|open-vraag|-1.0
p:echt boos|aanmoediging|-1.0
p:echt boos|bevelen|-1.0
p:echt boos|waarschuwen|-1.0
p:echt boos|moraliseren|-1.0
p:echt boos|adviseren|-1.0
p:echt boos|argumenteren|-1.0
p:echt boos|bekritiseren|-1.0
p:echt boos|prijzen|-1.0
p:echt boos|etiketteren|-1.0
p:echt boos|interpreteren|-1.0
p:echt boos|geruststellen|-1.0
p:echt boos|ondervragen|-1.0
p:echt boos|afleiden|-1.0
p:echt boos|afronding-aankondigen|-1.0
p:echt boos|vervolgafspraak|-1.0
p:echt boos|bedanken|-1.0
p:echt de|jij-boodschap|-1.17
p:echt de|adviseren|-0.97
p:echt de|bekritiseren|-0.98
p:echt de|prijzen|0.97
p:echt de|etiketteren|0.96
p:echt door|geruststellen|-0.99
p:echt een|gevoelsreflectie|0.95
p:echt een|samenvatting|-0.91
p:echt een|prijzen|-1.28
p:echt een|etiketteren|0.97
p:echt een|geruststellen|-0.89
p:echt een|vervolgafspraak|-0.9
p:echt fijn|ik-boodschap|0.99
p:echt fijn|interpreteren|-0.99
p:echt geen|open-vraag|1.0
p:echt geen|bekritiseren|0.99
p:echt geen|geruststellen|1.0
p:echt geschrokken|ik-boodschap|0.78
p:echt goed|adviseren|-0.82
p:echt hard|bekritiseren|-0.89
p:echt heel|bekritiseren|0.52
p:echt helemaal|bekritiseren|-1.39
p:echt het|adviseren|0.85
p:echt mooi|ik-boodschap|0.94
p:echt naar|gevoelsreflectie|-0.99
p:echt niet|bekritiseren|0.87
p:echt niet|geruststellen|2.87
p:echt niets|bekritiseren|0.99
p:echt nooit|jij-boodschap|0.72
p:echt nooit|bekritiseren|0.1
p:echt onbeschoft|jij-boodschap|0.92
p:echt ongepast|bekritiseren|0.72
p:echt ongerust|geruststellen|-0.29
p:echt rustig|bevelen|1.0
p:echt van|ik-boodschap|0.95
p:echt van|bevelen|-0.93
p:echt van|bekritiseren|-0.89
p:echt verdiend|parafrase|-0.96
p:echt wel|geruststellen|1.59
p:echt wel|bedanken|-0.99
p:echt zorgen|ik-boodschap|-0.99
p:echt zorgen|geruststellen|-0.81
p:echte prinses|etiketteren|0.99
p:een 1|samenvatting|-0.87
p:een 1|waarschuwen|1.0
p:een 1|moraliseren|-0.95
p:een 1|prijzen|-0.92
p:een 1|geruststellen|-1.0
p:een 4|jij-boodschap|-0.98
p:een 4|gevoelsreflectie|0.97
p:een 4|argumenteren|2.73
p:een 4|bekritiseren|-0.98
p:een 5|jij-boodschap|-0.98
p:een 5|bekritiseren|-0.98
p:een 5|geruststellen|-0.99
p:een 6|samenvatting|-0.98
p:een 6|argumenteren|0.96
p:een 6|interpreteren|-1.0
p:een 6|afronding-aankondigen|-1.0
p:een 7|prijzen|0.99
p:een achterstand|open-vraag|-1.0
p:een achterstand|geruststellen|-1.0
p:een afspraak|samenvatting|0.93
p:een afspraak|vervolgafspraak|0.81
p:een ander|afleiden|1.0
p:een andere|parafrase|0.8
p:een andere|gevoelsreflectie|-0.93
p:een andere|samenvatting|-0.77
p:een andere|open-vraag|-0.95
p:een beetje|gevoelsreflectie|1.75
p:een beetje|open-vraag|0.94
p:een beetje|prijzen|-0.99
p:een beetje|interpreteren|0.32
p:een beetje|geruststellen|0.86
p:een behoorlijk|afleiden|-0.95
p:een beloningssysteem|ondervragen|-0.96
p:een betrokken|gevoelsreflectie|-0.9
p:een betrokken|prijzen|-0.72
p:een blauw|ik-boodschap|0.94
p:een deadline|prijzen|-0.92
p:een detail|geruststellen|-0.96
p:een detail|afleiden|0.97
p:een dipje|geruststellen|0.96
p:een docent|open-vraag|-0.99
p:een docent|bekritiseren|0.99
p:een domme|geruststellen|-0.94
p:een doorzetter|adviseren|-1.0
p:een doorzetter|geruststellen|1.0
p:een drama|bekritiseren|-1.82
p:een drammer|bekritiseren|-0.99
p:een drammer|etiketteren|0.99
p:een drukke|samenvatting|-1.0
p:een drukke|bevelen|-1.0
p:een drukte|etiketteren|-0.81
p:een echte|etiketteren|0.99
p:een eind|vervolgafspraak|-0.99
p:een en|aanmoediging|0.91
p:een enorme|gevoelsreflectie|0.89
p:een extra|samenvatting|0.87
p:een extra|adviseren|-0.97
p:een extra|prijzen|0.97
p:een extra|vervolgafspraak|-0.88
p:een fase|geruststellen|0.99
p:een fijn|bekritiseren|-0.18
p:een fijn|etiketteren|-0.97
p:een fijne|jij-boodschap|-0.79
p:een fijne|moraliseren|-0.96
p:een fijne|etiketteren|-0.97
p:een fijne|geruststellen|-0.79
p:een gedoe|jij-boodschap|-0.99
p:een gedoe|bekritiseren|0.99
p:een geduldige|prijzen|0.83
p:een gesprek|jij-boodschap|-1.77
p:een gesprek|bekritiseren|-1.0
p:een gesprek|ondervragen|0.93
p:een gesprek|afronding-aankondigen|-0.9
p:een gesprek|vervolgafspraak|0.92
p:een goed|adviseren|0.98
p:een goede|parafrase|-1.0
p:een goede|samenvatting|-1.0
p:een goede|moraliseren|1.0
p:een goede|argumenteren|-0.99
p:een goede|bekritiseren|-1.0
p:een goede|etiketteren|-0.87
p:een goede|afleiden|-0.99
p:een grote|bekritiseren|0.31
p:een grote|etiketteren|-0.97
p:een half|gevoelsreflectie|0.88
p:een half|afleiden|-0.9
p:een heel|jij-boodschap|-0.68
p:een heel|prijzen|0.92
p:een heel|etiketteren|-0.95
p:een helikopterouder|prijzen|-0.98
p:een herkansing|samenvatting|0.95
p:een herkansing|vervolgafspraak|-0.56
p:een keer|samenvatting|0.73
p:een keer|waarschuwen|-0.6
p:een keer|prijzen|-0.97
p:een keer|vervolgafspraak|-0.8
p:een keer|bedanken|1.0
p:een kind|moraliseren|0.98
p:een kind|adviseren|-0.98
p:een kind|argumenteren|-0.96
p:een kleuter|jij-boodschap|0.91
p:een kleuter|etiketteren|0.91
p:een kleuterachtig|bekritiseren|-0.81
p:een kleuterachtig|etiketteren|1.77
p:een kopje|afleiden|0.98
p:een kwestie|geruststellen|0.97
p:een lastige|argumenteren|-0.9
p:een lastpak|jij-boodschap|0.97
p:een lastpak|etiketteren|0.97
p:een lastpak|interpreteren|-0.97
p:een leerling|argumenteren|0.94
p:een leerling|etiketteren|-0.97
p:een luilak|jij-boodschap|0.81
p:een maand|samenvatting|1.0
p:een maand|afronding-aankondigen|-0.94
p:een maand|vervolgafspraak|2.6
p:een maand|bedanken|-1.0
p:een maandje|geruststellen|0.94
p:een mail|samenvatting|-0.93
p:een mail|argumenteren|-0.86
p:een mail|vervolgafspraak|0.98
p:een mooie|etiketteren|-0.85
p:een mooie|geruststellen|-0.98
p:een nieuw|afronding-aankondigen|0.98
p:een nieuw|vervolgafspraak|0.98
p:een nieuwe|ik-boodschap|-1.0
p:een nieuwe|afleiden|-1.0
p:een nieuwe|afronding-aankondigen|0.22
p:een nieuwe|vervolgafspraak|1.0
p:een nieuwe|bedanken|-0.13
p:een nogal|jij-boodschap|-0.97
p:een nogal|argumenteren|-0.84
p:een nogal|bekritiseren|0.95
p:een onbetrouwbare|moraliseren|-0.99
p:een onbetrouwbare|bekritiseren|-1.79
p:een onbetrouwbare|etiketteren|0.88
p:een ongepaste|bekritiseren|0.98
p:een onvoldoende|argumenteren|-0.79
p:een onvoldoende|etiketteren|-1.0
p:een onvoldoende|afleiden|0.92
p:een onzin|bekritiseren|1.95
p:een onzinverhaal|bekritiseren|3.34
p:een optie|ondervragen|-1.0
p:een optie|vervolgafspraak|-1.0
p:een paar|gevoelsreflectie|-0.94
p:een paar|geruststellen|0.98
p:een paar|afleiden|1.0
p:een plan|vervolgafspraak|0.88
p:een planner|adviseren|0.99
p:een planning|moraliseren|-0.98
p:een potje|bekritiseren|0.96
p:een presenteerblaadje|etiketteren|0.99
p:een probleem|gevoelsreflectie|-0.97
p:een probleem|samenvatting|0.95
p:een probleem|prijzen|-0.84
p:een probleem|etiketteren|0.97
p:een probleem|interpreteren|0.91
p:een puber|etiketteren|0.79
p:een puinhoop|bekritiseren|0.44
p:een punt|vervolgafspraak|-1.82
p:een respectloze|bekritiseren|0.99
p:een rijtje|parafrase|-0.96
p:een rijtje|samenvatting|1.97
p:een rijtje|open-vraag|0.98
p:een rijtje|vervolgafspraak|-0.91
p:een rotmoment|gevoelsreflectie|0.95
p:een rotmoment|etiketteren|-0.72
p:een schooldag|moraliseren|0.95
p:een schooldag|adviseren|-0.83
p:een schorsing|adviseren|-0.98
p:een schrik|gevoelsreflectie|0.99
p:een slechte|geruststellen|2.04
p:een slimme|prijzen|0.81
p:een slordige|bekritiseren|-1.78
p:een sport|bekritiseren|0.86
p:een spreker|ik-boodschap|0.98
p:een sterke|interpreteren|-0.93
p:een strafwerk|waarschuwen|-0.97
p:een streep|afronding-aankondigen|1.0
p:een stuk|jij-boodschap|-1.0
p:een stuk|bekritiseren|-1.0
p:een stuk|prijzen|-0.97
p:een stuk|etiketteren|0.72
p:een stuk|geruststellen|-0.89
p:een te|prijzen|-0.92
p:een telefoon|bekritiseren|-0.83
p:een telefoon|vervolgafspraak|-0.99
p:een tijdje|vervolgafspraak|-0.99
p:een tip|waarschuwen|-0.99
p:een toets|jij-boodschap|-1.0
p:een toets|samenvatting|-0.87
p:een toets|bekritiseren|-1.0
p:een toets|etiketteren|-1.0
p:een toets|geruststellen|0.1
p:een topmoeder|prijzen|0.67
p:een uitzondering|argumenteren|0.92
p:een uur|gevoelsreflectie|-0.93
p:een vader|prijzen|0.95
p:een van|samenvatting|-0.91
p:een vast|adviseren|0.96
p:een vast|argumenteren|-0.99
p:een vast|prijzen|-0.97
p:een vast|afronding-aankondigen|-0.8
p:een vast|bedanken|-0.8
p:een vaste|adviseren|0.99
p:een vaste|vervolgafspraak|0.99
p:een verantwoordelijkheid|moraliseren|0.79
p:een verstandig|adviseren|-0.98
p:een verstandig|prijzen|0.98
p:een verwend|jij-boodschap|0.99
p:een vijf|argumenteren|0.99
p:een vijf|afleiden|-0.99
p:een voorbeeld|gevoelsreflectie|-0.94
p:een voorbeeldfunctie|argumenteren|-0.99
p:een vraag|bedanken|-0.91
p:een waardeloos|moraliseren|-1.0
p:een waardeloos|bekritiseren|1.0
p:een waardeloos|geruststellen|-1.0
p:een week|etiketteren|-0.95
p:een weekplanner|geruststellen|0.1
p:een weer|bekritiseren|-0.66
p:een wijsneus|jij-boodschap|2.57
p:een wijsneus|etiketteren|1.82
p:een wijze|prijzen|0.93
p:een zeur|jij-boodschap|1.0
p:een zeur|bekritiseren|-1.0
p:een zeur|etiketteren|1.0
p:een zie|vervolgafspraak|0.92
p:een zie|bedanken|0.92
p:eenmaal bij|geruststellen|-0.94
p:eenmaal bij|afleiden|0.94
p:eenmaal een|argumenteren|-0.11
p:eenmaal met|argumenteren|-0.92
p:eenmaal onvoldoende|argumenteren|0.99
p:eenmaal onvoldoende|afleiden|-0.99
p:eenmaal plichten|moraliseren|0.92
p:eenmaal plichten|argumenteren|-0.92
p:eenmaal zo|interpreteren|-1.0
p:eens aan|adviseren|0.99
p:eens aan|bekritiseren|-0.93
p:eens buiten|ik-boodschap|0.96
p:eens doet|moraliseren|0.98
p:eens doet|adviseren|-0.98
p:eens een|ondervragen|-0.96
p:eens een|afleiden|0.9
p:eens en|bevelen|-0.9
p:eens even|bevelen|0.82
p:eens gebeurt|jij-boodschap|-0.99
p:eens geprobeerd|ondervragen|-0.92
p:eens het|afleiden|-0.86
p:eens hoe|ik-boodschap|-0.94
p:eens hoe|samenvatting|-0.84
p:eens hoe|geruststellen|-1.0
p:eens hulp|adviseren|0.96
p:eens komt|jij-boodschap|1.75
p:eens komt|bekritiseren|1.61
p:eens met|ik-boodschap|0.94
p:eens met|adviseren|1.0
p:eens met|prijzen|-0.94
p:eens over|afleiden|0.84
p:eens over|afronding-aankondigen|-0.98
p:eens te|interpreteren|-0.9
p:eens vragen|adviseren|0.81
p:eens vragen|prijzen|-0.81
p:eens wat|open-vraag|1.0
p:eens wat|aanmoediging|-0.72
p:eentje op|prijzen|-0.99
p:eenvoudig is|argumenteren|0.84
p:eerder ?|samenvatting|-0.94
p:eerder ?|aanmoediging|-0.86
p:eerder aan|bekritiseren|0.59
p:eerder aan|ondervragen|0.96
p:eerder dat|parafrase|0.95
p:eerder gekomen|prijzen|-0.94
p:eerder had|bekritiseren|0.96
p:eerder moeten|bekritiseren|-2.47
p:eerder naar|adviseren|0.9
p:eerder naar|bekritiseren|0.73
p:eerder op|parafrase|1.0
p:eerlijk bent|prijzen|-0.96
p:eerlijk duurt|moraliseren|0.96
p:eerlijk gezegd|ik-boodschap|-0.93
p:eerlijk gezegd|jij-boodschap|0.94
p:eerlijk gezegd|gevoelsreflectie|-0.94
p:eerlijk gezegd|aanmoediging|-0.98
p:eerlijk gezegd|waarschuwen|-1.0
p:eerlijk gezegd|interpreteren|-1.0
p:eerlijk gezegd|vervolgafspraak|-1.97
p:eerlijk hoort|bevelen|-0.91
p:eerlijk tegen|gevoelsreflectie|0.96
p:eerlijk zijn|open-vraag|1.0
p:eerlijk zijn|bekritiseren|0.94
p:eerst een|afleiden|0.98
p:eerst even|adviseren|1.0
p:eerst even|bekritiseren|-0.95
p:eerst maar|open-vraag|-1.0
p:eerst maar|interpreteren|-1.0
p:eerst maar|afleiden|1.0
p:eerst zitten|bevelen|0.92
p:eerst zitten|geruststellen|-0.72
p:eerste aanpakken|parafrase|-0.81
p:eerste aanpakken|samenvatting|0.99
p:eerste aanpakken|open-vraag|0.99
p:eerste bespreken|open-vraag|0.98
p:eerste die|parafrase|-0.9
p:eerste die|etiketteren|-0.92
p:eerste en|ik-boodschap|-0.93
p:eerste en|geruststellen|0.93
p:eerste en|ondervragen|-0.93
p:eerste klas|aanmoediging|-0.87
p:eerste periode|prijzen|-0.97
p:eerste uitleg|samenvatting|0.91
p:eerste uitleg|vervolgafspraak|-1.0
p:eerste uur|ik-boodschap|-0.92
p:eerste uur|vervolgafspraak|0.92
p:eerste week|samenvatting|-1.0
p:eigen schooltijd|interpreteren|0.89
p:eigen schooltijd|afleiden|-0.97
p:eigen woorden|samenvatting|0.87
p:eigenlijk ?|geruststellen|-1.0
p:eigenlijk ?|ondervragen|-1.0
p:eigenlijk ?|afleiden|1.9
p:eigenlijk bang|waarschuwen|-1.0
p:eigenlijk bang|etiketteren|-1.0
p:eigenlijk bang|interpreteren|1.0
p:eigenlijk bang|ondervragen|-1.0
p:eigenlijk boos|gevoelsreflectie|-1.0
p:eigenlijk dat|interpreteren|-0.91
p:eigenlijk doen|open-vraag|-0.94
p:eigenlijk doen|afleiden|0.94
p:eigenlijk een|parafrase|0.91
p:eigenlijk helemaal|afleiden|-0.97
p:eigenlijk liever|open-vraag|-0.98
p:eigenlijk met|adviseren|-0.99
p:eigenlijk met|afleiden|0.99
p:eigenlijk schuldig|bekritiseren|-0.48
p:eigenlijk schuldig|interpreteren|1.0
p:eigenlijk van|afleiden|0.91
p:eigenlijk vindt|adviseren|-0.99
p:eigenlijk vindt|interpreteren|0.82
p:eigenlijk wat|bekritiseren|1.35
p:eigenlijk wel|jij-boodschap|0.86
p:eigenlijk wel|bekritiseren|0.96
p:eigenlijk wil|moraliseren|-0.77
p:eigenlijk wilt|interpreteren|1.0
p:eigenlijk wilt|bedanken|-0.87
p:eigenlijk zegt|bekritiseren|-0.97
p:eind aan|vervolgafspraak|-0.99
p:eind van|ik-boodschap|-1.0
p:eind van|waarschuwen|1.0
p:eind van|moraliseren|-1.0
p:eind van|adviseren|-1.0
p:einde van|argumenteren|-0.79
p:einde van|afleiden|0.99
p:eindelijk ook|jij-boodschap|1.75
p:eindelijk ook|bekritiseren|1.61
p:elf fouten|parafrase|0.97
p:elf fouten|argumenteren|0.97
p:elk jaar|vervolgafspraak|-0.99
p:elkaar genomen|bevelen|-0.96
p:elkaar in|ik-boodschap|1.0
p:elkaar in|waarschuwen|-1.0
p:elkaar in|interpreteren|-1.0
p:elkaar om|moraliseren|0.76
p:elkaar weer|samenvatting|-0.96
p:elkaar weer|afronding-aankondigen|-0.96
p:elke avond|adviseren|1.97
p:elke avond|argumenteren|-0.2
p:elke dag|ik-boodschap|0.91
p:elke dag|open-vraag|-0.96
p:elke dag|adviseren|-0.99
p:elke dag|etiketteren|-0.87
p:elke dinsdag|parafrase|-0.91
p:elke dinsdag|samenvatting|0.86
p:elke klas|afleiden|0.93
p:elke ochtend|ik-boodschap|0.96
p:elke week|bekritiseren|0.89
p:en al|aanmoediging|0.91
p:en als|ik-boodschap|-0.99
p:en als|jij-boodschap|1.42
p:en als|waarschuwen|0.99
p:en als|bekritiseren|1.88
p:en als|prijzen|-0.92
p:en bel|samenvatting|-0.93
p:en ben|parafrase|0.96
p:en ben|samenvatting|-0.73
p:en ben|waarschuwen|-0.96
p:en contact|bevelen|-0.96
p:en daar|samenvatting|-0.99
p:en daar|vervolgafspraak|0.99
p:en daar|bedanken|-0.94
p:en daarna|samenvatting|-0.94
p:en daarna|aanmoediging|-0.86
p:en daarom|parafrase|0.95
p:en daarom|interpreteren|1.84
p:en dan|ik-boodschap|1.94
p:en dan|jij-boodschap|0.89
p:en dan|bekritiseren|0.89
p:en dan|geruststellen|-0.97
p:en dan|bedanken|-0.91
p:en dat|ik-boodschap|2.85
p:en dat|samenvatting|-0.18
p:en dat|open-vraag|0.98
p:en dat|bevelen|-0.98
p:en dat|waarschuwen|-1.0
p:en dat|adviseren|-0.99
p:en dat|argumenteren|-1.85
p:en dat|bekritiseren|-1.55
p:en dat|interpreteren|-1.0
p:en dat|vervolgafspraak|-1.0
p:en de|parafrase|-0.96
p:en de|samenvatting|0.99
p:en de|ondervragen|-1.0
p:en de|afronding-aankondigen|-0.84
p:en de|vervolgafspraak|-1.0
p:en dinsdag|parafrase|0.76
p:en dinsdag|samenvatting|-0.9
p:en donderdag|ik-boodschap|-0.95
p:en donderdag|argumenteren|-0.98
p:en een|jij-boodschap|-0.98
p:en een|argumenteren|0.98
p:en een|bekritiseren|-0.98
p:en er|argumenteren|-0.86
p:en extra|parafrase|-1.0
p:en extra|samenvatting|1.0
p:en fay|ik-boodschap|0.99
p:en ga|bevelen|2.73
p:en ga|interpreteren|-1.0
p:en ga|afleiden|-1.0
p:en haar|ik-boodschap|-0.67
p:en heeft|ik-boodschap|-0.98
p:en het|parafrase|-0.93
p:en het|gevoelsreflectie|-1.0
p:en het|samenvatting|1.93
p:en het|argumenteren|-0.95
p:en hij|parafrase|0.97
p:en hij|samenvatting|0.98
p:en hij|waarschuwen|0.99
p:en hij|argumenteren|0.97
p:en hoe|ik-boodschap|-0.67
p:en hoe|ondervragen|-0.95
p:en iedereen|jij-boodschap|0.99
p:en iedereen|samenvatting|-0.82
p:en iedereen|open-vraag|-0.99
p:en iedereen|bekritiseren|1.81
p:en ik|ik-boodschap|2.87
p:en ik|parafrase|-0.91
p:en ik|gevoelsreflectie|-2.65
p:en ik|samenvatting|0.99
p:en ik|adviseren|-1.0
p:en ik|bekritiseren|0.26
p:en ik|afronding-aankondigen|0.91
p:en ik|vervolgafspraak|0.17
p:en ik|bedanken|0.79
p:en je|jij-boodschap|-1.03
p:en je|parafrase|-0.95
p:en je|gevoelsreflectie|-0.98
p:en je|samenvatting|1.82
p:en je|bevelen|-0.8
p:en je|waarschuwen|1.84
p:en je|bekritiseren|-1.62
p:en krijgt|samenvatting|-0.87
p:en laat|waarschuwen|-1.0
p:en laat|vervolgafspraak|1.0
p:en maakt|gevoelsreflectie|0.93
p:en maandag|bedanken|-0.87
p:en met|open-vraag|-1.0
p:en met|ondervragen|1.0
p:en om|samenvatting|0.72
p:en om|open-vraag|0.98
p:en om|vervolgafspraak|-0.91
p:en ook|ik-boodschap|-0.93
p:en ook|geruststellen|0.93
p:en ook|ondervragen|-0.93
p:en op|jij-boodschap|-0.98
p:en op|samenvatting|0.83
p:en op|bekritiseren|-0.94
p:en op|bedanken|0.14
p:en over|gevoelsreflectie|-0.74
p:en over|samenvatting|0.18
p:en over|bedanken|-1.0
p:en thuis|samenvatting|0.6
p:en thuis|open-vraag|-0.98
p:en toen|jij-boodschap|0.58
p:en toen|parafrase|-0.99
p:en toen|aanmoediging|1.94
p:en toen|bekritiseren|0.38
p:en tot|waarschuwen|-0.6
p:en tot|bedanken|1.0
p:en tygo|ik-boodschap|1.0
p:en tygo|waarschuwen|-1.0
p:en tygo|interpreteren|-1.0
p:en u|ik-boodschap|-0.8
p:en u|parafrase|-2.81
p:en u|gevoelsreflectie|0.92
p:en u|samenvatting|2.79
p:en u|bekritiseren|0.59
p:en u|vervolgafspraak|1.17
p:en u|bedanken|0.9
p:en verder|open-vraag|-1.0
p:en verder|aanmoediging|0.8
p:en waar|bekritiseren|-0.58
p:en waar|afleiden|-0.93
p:en waarom|ik-boodschap|-0.98
p:en waarom|samenvatting|-0.94
p:en waarom|aanmoediging|-0.86
p:en waarom|moraliseren|-0.98
p:en waarom|adviseren|-1.0
p:en waarom|bekritiseren|0.52
p:en waarom|ondervragen|1.0
p:en was|ik-boodschap|-0.95
p:en wat|samenvatting|-0.94
p:en wat|aanmoediging|-0.88
p:en wekelijks|aanmoediging|-0.99
p:en weten|ondervragen|1.0
p:en weten|bedanken|-1.0
p:en wie|prijzen|-0.94
p:en zijn|ik-boodschap|-0.99
p:en zijn|jij-boodschap|-0.41
p:en zijn|samenvatting|0.94
p:en zo|open-vraag|-1.0
p:en zo|geruststellen|-1.0
p:eng vindt|gevoelsreflectie|0.96
p:engels ?|open-vraag|0.93
p:engels belt|vervolgafspraak|0.84
p:engels hebben|open-vraag|-1.0
p:engels hebben|interpreteren|-1.0
p:engels hebben|afleiden|1.0
p:engels ingehaald|ondervragen|-0.81
p:engels wat|samenvatting|0.72
p:enkel bericht|jij-boodschap|0.94
p:enkel bericht|bekritiseren|0.94
p:enkel respect|jij-boodschap|0.95
p:enkel respect|moraliseren|-0.95
p:enkel respect|bekritiseren|0.76
p:enkel verslag|bekritiseren|-0.89
p:enkele huiswerkopdracht|ik-boodschap|0.96
p:enkele huiswerkopdracht|jij-boodschap|-1.52
p:enkele huiswerkopdracht|open-vraag|-1.0
p:enkele huiswerkopdracht|bekritiseren|-1.27
p:enkele huiswerkopdracht|geruststellen|-1.0
p:enkele kans|bekritiseren|0.92
p:enkele moeite|jij-boodschap|1.0
p:enkele moeite|bekritiseren|0.8
p:enkele moeite|vervolgafspraak|-1.0
p:enkele opdracht|ik-boodschap|0.95
p:enkele opdracht|jij-boodschap|-0.95
p:enkele opdracht|bekritiseren|-0.86
p:enorm als|bekritiseren|0.95
p:enorme schrik|gevoelsreflectie|0.89
p:er ?|open-vraag|-0.99
p:er al|adviseren|0.99
p:er al|bekritiseren|-0.93
p:er allebei|ik-boodschap|0.95
p:er alles|bekritiseren|-0.9
p:er altijd|bekritiseren|-1.39
p:er behoorlijk|bekritiseren|-0.8
p:er bijles|vervolgafspraak|-0.83
p:er de|ik-boodschap|-0.92
p:er door|gevoelsreflectie|0.94
p:er door|open-vraag|0.94
p:er duidelijk|samenvatting|-0.99
p:er duidelijk|open-vraag|-0.99
p:er echt|gevoelsreflectie|0.95
p:er echt|bekritiseren|0.99
p:er echt|geruststellen|0.31
p:er echt|bedanken|-0.99
p:er een|gevoelsreflectie|0.94
p:er een|open-vraag|0.94
p:er een|adviseren|-0.98
p:er een|bekritiseren|1.82
p:er een|prijzen|-0.99
p:er een|interpreteren|0.25
p:er eerlijk|ik-boodschap|-0.99
p:er eerlijk|gevoelsreflectie|-0.94
p:er eerlijk|aanmoediging|-0.98
p:er erg|gevoelsreflectie|0.97
p:er gebeurd|ondervragen|-0.95
p:er geen|ik-boodschap|-0.92
p:er gewoon|jij-boodschap|1.57
p:er gewoon|bekritiseren|1.13
p:er gewoon|interpreteren|-1.84
p:er gisteren|parafrase|-1.0
p:er gisteren|bekritiseren|-1.0
p:er goed|jij-boodschap|-0.98
p:er goed|bekritiseren|-0.93
p:er helaas|vervolgafspraak|-0.99
p:er helemaal|bekritiseren|0.61
p:er iemand|ik-boodschap|0.99
p:er iets|parafrase|-0.99
p:er iets|gevoelsreflectie|0.99
p:er iets|vervolgafspraak|0.93
p:er in|ik-boodschap|0.78
p:er in|gevoelsreflectie|-0.96
p:er in|afleiden|0.93
p:er komt|argumenteren|-0.86
p:er leerlingen|ik-boodschap|-0.84
p:er maar|afleiden|-0.92
p:er maatregelen|waarschuwen|0.99
p:er met|bekritiseren|0.93
p:er moe|ik-boodschap|0.95
p:er moet|gevoelsreflectie|-0.98
p:er niet|jij-boodschap|0.8
p:er niet|argumenteren|0.85
p:er niet|bekritiseren|0.67
p:er niets|jij-boodschap|0.89
p:er niets|bekritiseren|0.89
p:er niets|geruststellen|-0.97
p:er nog|ik-boodschap|-0.8
p:er nooit|jij-boodschap|-1.77
p:er nooit|ondervragen|0.93
p:er nu|afronding-aankondigen|1.0
p:er ook|jij-boodschap|-0.92
p:er ook|bekritiseren|-0.58
p:er ook|vervolgafspraak|0.66
p:er op|ik-boodschap|-0.94
p:er precies|open-vraag|1.0
p:er steeds|ik-boodschap|0.98
p:er straks|ik-boodschap|0.92
p:er thuis|gevoelsreflectie|-0.93
p:er thuis|open-vraag|1.0
p:er thuis|bekritiseren|0.82
p:er thuis|geruststellen|1.0
p:er toen|parafrase|0.91
p:er verdrietig|ondervragen|-1.0
p:er verdrietig|afronding-aankondigen|-1.0
p:er volgens|gevoelsreflectie|-0.91
p:er volgens|samenvatting|-0.95
p:er voor|bedanken|0.92
p:er vooral|parafrase|0.91
p:er wakker|gevoelsreflectie|1.0
p:er wakker|open-vraag|-1.0
p:er wakker|geruststellen|0.99
p:er waren|bekritiseren|-0.52
p:er was|bekritiseren|-0.68
p:er weer|bekritiseren|-0.31
p:er zelf|jij-boodschap|0.6
p:er zelf|waarschuwen|-1.0
p:er zo|gevoelsreflectie|-1.0
p:er zo|interpreteren|-1.0
p:eraan dat|bekritiseren|0.98
p:erbij ?|ondervragen|1.0
p:erbij ik|gevoelsreflectie|-0.91
p:erg brutaal|bekritiseren|-1.79
p:erg hoor|geruststellen|0.51
p:erg jammer|ik-boodschap|-0.85
p:erg laks|bekritiseren|0.95
p:erg onzeker|gevoelsreflectie|0.97
p:erg opziet|parafrase|-0.97
p:erger me|bekritiseren|0.98
p:erop dat|adviseren|-0.83
p:eruit gekomen|samenvatting|0.93
p:eruit gekomen|vervolgafspraak|0.81
p:ervan maar|gevoelsreflectie|0.97
p:ervan om|jij-boodschap|-0.99
p:ervan vindt|afronding-aankondigen|-0.98
p:ervaring als|prijzen|0.97
p:ervaringen met|jij-boodschap|-0.92
p:ervoor dat|bevelen|1.0
p:ervoor dat|waarschuwen|-1.0
p:eva in|ik-boodschap|-0.99
p:evalueren hoe|adviseren|-0.94
p:evalueren we|etiketteren|-0.95
p:evalueren we|vervolgafspraak|0.93
p:even bellen|open-vraag|-0.99
p:even bellen|vervolgafspraak|0.99
p:even bij|vervolgafspraak|0.96
p:even binnen|geruststellen|-0.53
p:even checken|parafrase|0.84
p:even checken|samenvatting|-0.77
p:even hier|bekritiseren|-0.99
p:even kijken|vervolgafspraak|-1.79
p:even langs|bekritiseren|-0.92
p:even laten|samenvatting|-0.93
p:even met|adviseren|1.0
p:even mijn|bekritiseren|0.59
p:even na|samenvatting|-0.93
p:even naar|gevoelsreflectie|0.99
p:even nadenken|gevoelsreflectie|-0.99
p:even nadenken|aanmoediging|0.99
p:even niet|parafrase|-0.99
p:even niet|bevelen|-0.92
p:even niet|prijzen|0.99
p:even op|jij-boodschap|-0.94
p:even op|samenvatting|0.99
p:even op|open-vraag|0.98
p:even over|open-vraag|-1.0
p:even over|bekritiseren|-0.95
p:even over|interpreteren|-1.0
p:even over|afleiden|1.0
p:even samengevat|samenvatting|0.95
p:even samengevat|vervolgafspraak|-0.56
p:even samenvat|samenvatting|0.91
p:even samenvat|ondervragen|-1.0
p:even samenvat|vervolgafspraak|-1.0
p:even samenvatten|parafrase|-0.95
p:even samenvatten|samenvatting|0.94
p:even samenvatten|open-vraag|-0.95
p:even samenvatten|bedanken|0.79
p:even samenvattend|argumenteren|-0.95
p:even terug|parafrase|-0.93
p:even terug|samenvatting|0.93
p:even voor|afleiden|0.95
p:even wachten|prijzen|0.83
p:examen niet|argumenteren|0.17
p:examenreglement is|argumenteren|0.91
p:examens gewoon|geruststellen|0.99
p:excursie naar|samenvatting|-0.93
p:excuses aan|samenvatting|-0.84
p:excuses aanbieden|bevelen|0.93
p:extra gesprek|vervolgafspraak|-0.88
p:extra hulp|parafrase|-1.0
p:extra hulp|samenvatting|1.0
p:extra kans|samenvatting|0.87
p:extra opdracht|adviseren|-0.97
p:extra opdracht|prijzen|0.97
p:extra uitdaging|interpreteren|0.86
p:extra vakantieweek|vervolgafspraak|-0.97
p:faalangst hebt|geruststellen|-0.97
p:fase daar|geruststellen|0.99
p:fay zit|ik-boodschap|0.99
p:feedback geven|parafrase|-0.95
p:feit is|argumenteren|0.85
p:fel reageert|jij-boodschap|-0.92
p:fenna is|bekritiseren|-1.78
p:ff samen|adviseren|0.99
p:fiets komen|adviseren|0.87
p:fiets ophaalt|bevelen|0.85
p:fijn bedankt|bekritiseren|1.77
p:fijn bedankt|bedanken|-1.77
p:fijn dat|jij-boodschap|1.72
p:fijn dat|gevoelsreflectie|-0.91
p:fijn dat|bekritiseren|0.41
p:fijn dat|geruststellen|-0.9
p:fijn gesprek|bekritiseren|-0.18
p:fijn gesprek|etiketteren|-0.97
p:fijn om|ik-boodschap|0.99
p:fijn om|bekritiseren|-0.78
p:fijn om|interpreteren|-0.99
p:fijn vindt|interpreteren|-0.94
p:fijne moeder|jij-boodschap|-0.79
p:fijne moeder|prijzen|1.0
p:fijne moeder|etiketteren|-0.97
p:fijne moeder|geruststellen|-0.79
p:fijne ouder|moraliseren|-0.96
p:finn de|vervolgafspraak|-0.99
p:finn kan|prijzen|0.99
p:frans de|gevoelsreflectie|-1.0
p:frans de|samenvatting|1.0
p:frans nu|samenvatting|-0.98
p:frans over|parafrase|-0.91
p:frans over|samenvatting|0.86
p:frans praat|ik-boodschap|-0.98
p:frans praat|samenvatting|0.82
p:frustreert me|argumenteren|-0.99
p:frustreert me|vervolgafspraak|-0.92
p:frustrerend is|parafrase|-0.98
p:ga door|etiketteren|-0.9
p:ga er|afronding-aankondigen|1.0
p:ga het|vervolgafspraak|0.87
p:ga ik|bevelen|-0.92
p:ga ik|afleiden|0.99
p:ga je|open-vraag|-0.94
p:ga je|moraliseren|0.76
p:ga je|adviseren|0.98
p:ga je|bekritiseren|0.53
p:ga je|afleiden|0.94
p:ga maar|gevoelsreflectie|-0.98
p:ga naar|bevelen|1.0
p:ga naar|interpreteren|-1.0
p:ga naar|afleiden|-1.0
p:ga nu|bevelen|0.97
p:ga nu|bekritiseren|-0.94
p:ga straks|vervolgafspraak|-1.79
p:ga verder|gevoelsreflectie|-0.99
p:ga zitten|bevelen|0.82
p:ga zitten|waarschuwen|0.92
p:gaan afronden|bevelen|-0.96
p:gaan afronden|bedanken|-0.91
p:gaan en|gevoelsreflectie|0.93
p:gaan letten|samenvatting|0.94
p:gaan maar|jij-boodschap|0.58
p:gaan maar|bekritiseren|0.38
p:gaan praten|adviseren|0.94
p:gaan praten|prijzen|-0.94
p:gaan stoeien|ik-boodschap|0.99
p:gaat ?|gevoelsreflectie|-0.91
p:gaat ?|afleiden|-0.96
p:gaat bedankt|samenvatting|0.94
p:gaat bedankt|bedanken|0.79
p:gaat dank|samenvatting|-0.86
p:gaat dat|ik-boodschap|0.97
p:gaat dat|parafrase|1.0
p:gaat dat|gevoelsreflectie|-1.0
p:gaat dat|open-vraag|1.0
p:gaat dat|bevelen|-0.85
p:gaat dat|argumenteren|-0.92
p:gaat die|geruststellen|0.99
p:gaat echt|geruststellen|1.89
p:gaat eigenlijk|afleiden|-0.97
p:gaat elke|parafrase|-0.91
p:gaat elke|samenvatting|0.86
p:gaat er|gevoelsreflectie|0.94
p:gaat er|open-vraag|0.94
p:gaat eruit|bevelen|-0.81
p:gaat gewoon|moraliseren|0.83
p:gaat halen|interpreteren|-0.66
p:gaat het|jij-boodschap|-1.0
p:gaat het|parafrase|-1.81
p:gaat het|gevoelsreflectie|0.99
p:gaat het|samenvatting|-0.12
p:gaat het|open-vraag|0.97
p:gaat het|bevelen|-0.96
p:gaat het|adviseren|-0.99
p:gaat het|bekritiseren|-1.0
p:gaat het|geruststellen|1.72
p:gaat het|afleiden|1.89
p:gaat het|vervolgafspraak|-1.0
p:gaat hij|waarschuwen|-0.76
p:gaat hij|bekritiseren|-0.83
p:gaat hij|ondervragen|-1.0
p:gaat hij|vervolgafspraak|-0.99
p:gaat je|bevelen|0.93
p:gaat mee|bevelen|-0.9
p:gaat met|aanmoediging|-0.96
p:gaat morgen|samenvatting|-0.84
p:gaat morgen|bevelen|0.91
p:gaat nu|bevelen|0.92
p:gaat nu|geruststellen|-0.72
p:gaat om|ik-boodschap|-1.97
p:gaat om|gevoelsreflectie|-1.0
p:gaat om|samenvatting|1.0
p:gaat om|open-vraag|0.98
p:gaat om|vervolgafspraak|-1.9
p:gaat over|afleiden|-0.97
p:gaat u|samenvatting|-0.87
p:gaat u|aanmoediging|0.97
p:gaat u|adviseren|-1.0
p:gaat u|geruststellen|-0.99
p:gaat vanmiddag|bevelen|1.74
p:gaat vanmiddag|geruststellen|-0.82
p:gaat vanzelf|geruststellen|0.86
p:gaat vast|jij-boodschap|-0.79
p:gaat vast|prijzen|0.95
p:gaat vast|etiketteren|-0.97
p:gaat vast|geruststellen|-0.79
p:gaat vast|vervolgafspraak|-0.88
p:gaat vooral|samenvatting|0.84
p:gaat vooral|bekritiseren|-0.84
p:gaat werken|ik-boodschap|-0.99
p:gaat zitten|gevoelsreflectie|-0.96
p:gaat zo|bedanken|-0.94
p:gaf aan|jij-boodschap|-0.73
p:gaf aan|open-vraag|0.95
p:gaf aan|bekritiseren|-0.95
p:gamen ?|jij-boodschap|-0.96
p:gamen terwijl|moraliseren|0.93
p:gamen terwijl|bekritiseren|0.21
p:gamet als|bekritiseren|0.25
p:gang gaan|bevelen|-0.89
p:gang gaan|bekritiseren|-1.01
p:gang laten|bekritiseren|0.79
p:gangpad staat|ik-boodschap|-0.84
p:gapen misschien|ik-boodschap|0.96
p:gaten hij|bedanken|0.9
p:gebakken deze|bekritiseren|0.61
p:gebeld ?|bekritiseren|0.52
p:gebeld ?|ondervragen|1.0
p:gebeld hadden|bekritiseren|0.96
p:gebeld heeft|parafrase|0.99
p:gebeurd ?|open-vraag|1.0
p:gebeurd ?|geruststellen|1.0
p:gebeurd hoe|ik-boodschap|0.78
p:gebeurde ?|parafrase|-1.0
p:gebeurde ?|gevoelsreflectie|-0.96
p:gebeurde ?|bekritiseren|-1.0
p:gebeurde er|open-vraag|1.0
p:gebeuren hoor|geruststellen|0.99
p:gebeurt ?|gevoelsreflectie|-0.94
p:gebeurt dan|jij-boodschap|-0.99
p:gebeurt ga|bekritiseren|0.53
p:gebeurt iedereen|geruststellen|0.51
p:gebeurt vooral|parafrase|-0.93
p:gebeurt vooral|samenvatting|0.93
p:gebeurt wordt|parafrase|-0.95
p:gebracht werd|samenvatting|-0.87
p:gebracht worden|parafrase|1.0
p:gebruiken ?|open-vraag|-0.96
p:gecontroleerd ?|open-vraag|-0.96
p:gedaan ?|open-vraag|-0.99
p:gedaan ?|prijzen|-0.94
p:gedaan met|parafrase|-0.96
p:gedaan noor|bevelen|-0.93
p:gedaan om|jij-boodschap|-0.98
p:gedacht om|adviseren|0.99
p:gedacht om|bekritiseren|-0.93
p:gedoe komt|open-vraag|-0.94
p:gedoe komt|afleiden|0.94
p:gedoe om|jij-boodschap|-0.99
p:gedoe om|bekritiseren|0.99
p:gedraagt tegenover|jij-boodschap|0.92
p:gedraagt tegenover|bekritiseren|0.55
p:gedrag als|bekritiseren|0.88
p:gedrag in|ik-boodschap|-0.98
p:gedrag in|argumenteren|-0.95
p:gedrag in|vervolgafspraak|-0.98
p:gedrag van|geruststellen|-0.97
p:geduldige moeder|prijzen|0.83
p:geeft ?|open-vraag|-0.93
p:geeft aan|parafrase|1.0
p:geeft aan|gevoelsreflectie|-1.0
p:geeft hem|bekritiseren|0.81
p:geen antwoord|argumenteren|-0.86
p:geen cijfer|bekritiseren|-0.89
p:geen enkel|jij-boodschap|1.89
p:geen enkel|moraliseren|-0.95
p:geen enkel|bekritiseren|0.81
p:geen enkele|ik-boodschap|1.91
p:geen enkele|jij-boodschap|-1.47
p:geen enkele|open-vraag|-1.0
p:geen enkele|bekritiseren|-0.41
p:geen enkele|geruststellen|-1.0
p:geen enkele|vervolgafspraak|-1.0
p:geen feedback|parafrase|-0.95
p:geen handige|bekritiseren|0.84
p:geen herkansing|gevoelsreflectie|0.92
p:geen herkansing|argumenteren|0.91
p:geen herkansing|vervolgafspraak|0.92
p:geen manier|bekritiseren|0.99
p:geen moeite|bekritiseren|-2.89
p:geen probleem|bekritiseren|-0.88
p:geen probleem|prijzen|0.91
p:geen telefoons|jij-boodschap|-0.42
p:geen telefoons|bevelen|0.9
p:geen telefoons|argumenteren|-0.9
p:geen tijd|ik-boodschap|-0.92
p:geen toetsen|ik-boodschap|0.98
p:geen voldoende|argumenteren|0.98
p:geen voldoende|geruststellen|-0.9
p:geen voldoendes|argumenteren|0.84
p:geen zin|jij-boodschap|1.57
p:geen zin|bekritiseren|1.13
p:geen zin|interpreteren|-0.89
p:geen zorgen|ik-boodschap|-0.98
p:geen zorgen|parafrase|-0.95
p:geen zorgen|open-vraag|1.0
p:geen zorgen|bevelen|-0.81
p:geen zorgen|interpreteren|-0.94
p:geen zorgen|geruststellen|1.93
p:geen zorgen|afleiden|-1.0
p:geen zorgen|vervolgafspraak|-0.98
p:gefrustreerd bent|gevoelsreflectie|1.0
p:gegaan ?|jij-boodschap|-0.96
p:gegaan ?|open-vraag|-0.99
p:gegaan ?|ondervragen|0.86
p:gehad dus|ik-boodschap|0.92
p:gehad dus|bekritiseren|-0.56
p:gehad hebt|gevoelsreflectie|0.95
p:gehad op|bevelen|-1.0
p:gehad over|jij-boodschap|-1.03
p:gehad over|gevoelsreflectie|-0.74
p:gehad over|samenvatting|1.0
p:gehad over|bekritiseren|-0.78
p:gehad over|afronding-aankondigen|-0.85
p:gehad over|bedanken|-1.0
p:gehoord door|argumenteren|-0.99
p:geirriteerd bent|open-vraag|-1.0
p:gek voor|argumenteren|-0.94
p:gekeken naar|jij-boodschap|0.58
p:gekeken naar|bekritiseren|0.38
p:gekomen ?|prijzen|-0.94
p:gekomen bent|jij-boodschap|-0.93
p:gekomen bent|gevoelsreflectie|-0.9
p:gekomen bent|prijzen|-0.72
p:gekomen bent|afronding-aankondigen|0.9
p:gekomen bent|bedanken|0.71
p:gekomen is|samenvatting|0.93
p:gekomen is|vervolgafspraak|0.81
p:gekozen als|open-vraag|-0.91
p:gekregen u|samenvatting|0.95
p:gekregen u|vervolgafspraak|-0.56
p:gekwetst omdat|parafrase|0.9
p:gelezen ?|ondervragen|1.74
p:gelezen en|gevoelsreflectie|-0.8
p:gelezen en|bekritiseren|0.77
p:gelijk en|parafrase|0.97
p:gelijk en|argumenteren|0.97
p:gemaakt !|etiketteren|-0.85
p:gemaakt ?|adviseren|-1.0
p:gemaakt ?|ondervragen|1.0
p:gemaakt dus|argumenteren|0.85
p:gemaakt he|bevelen|-0.97
p:gemaakt hebt|samenvatting|-0.97
p:gemaakt maar|geruststellen|-0.92
p:gemeld ?|adviseren|-0.92
p:gemeld ?|bekritiseren|-0.46
p:gemeld ?|ondervragen|0.96
p:gemeld en|ik-boodschap|-0.8
p:gemengde leerweg|adviseren|-0.97
p:gemiddeld een|argumenteren|0.96
p:gemiddeld kan|geruststellen|-0.99
p:gemiddeld zo|bevelen|-0.99
p:gemiddeld zo|argumenteren|0.99
p:gemiddelde voor|ik-boodschap|0.95
p:gemiddelde voor|jij-boodschap|-0.95
p:gemiddelde voor|bekritiseren|-0.86
p:gemist als|bekritiseren|-0.99
p:gemist waardoor|ik-boodschap|0.86
p:gemotiveerd meneer|jij-boodschap|0.23
p:gemotiveerd meneer|bekritiseren|-1.66
p:genoeg daarover|moraliseren|-0.98
p:genoeg daarover|adviseren|-0.99
p:genoeg daarover|argumenteren|-0.98
p:genoeg daarover|geruststellen|-0.98
p:genoeg daarover|afleiden|0.99
p:genomen door|parafrase|-0.96
p:genomen gaat|bevelen|-0.96
p:genomen omdat|parafrase|0.98
p:genomen omdat|gevoelsreflectie|0.74
p:gepest bent|interpreteren|0.95
p:gepest wordt|parafrase|1.76
p:gepraat over|afronding-aankondigen|0.86
p:geprobeerd om|ondervragen|-0.92
p:geraakt dat|ik-boodschap|0.94
p:geraakt neem|aanmoediging|1.0
p:gereageerd ?|ondervragen|-0.95
p:gereageerd op|jij-boodschap|-0.85
p:gerust de|aanmoediging|1.0
p:gerust de|geruststellen|0.88
p:gerust op|aanmoediging|-0.98
p:gerust wat|adviseren|0.85
p:geschiedenis dat|parafrase|-0.96
p:geschrokken bent|argumenteren|0.88
p:geschrokken van|ik-boodschap|0.78
p:gesprek ?|gevoelsreflectie|-0.99
p:gesprek afsluiten|afronding-aankondigen|0.86
p:gesprek echt|bekritiseren|0.72
p:gesprek hier|argumenteren|-1.0
p:gesprek hier|geruststellen|-1.0
p:gesprek hier|afronding-aankondigen|1.9
p:gesprek hier|bedanken|0.9
p:gesprek hierbij|afronding-aankondigen|0.96
p:gesprek ik|vervolgafspraak|-0.95
p:gesprek ik|bedanken|0.95
p:gesprek in|gevoelsreflectie|0.92
p:gesprek in|vervolgafspraak|0.92
p:gesprek met|gevoelsreflectie|-0.88
p:gesprek met|afronding-aankondigen|-0.9
p:gesprek nu|vervolgafspraak|0.24
p:gesprek nu|bedanken|-1.84
p:gesprek op|adviseren|-0.99
p:gesprek opstaat|ik-boodschap|0.91
p:gesprek plannen|jij-boodschap|-1.77
p:gesprek plannen|bekritiseren|-1.0
p:gesprek plannen|ondervragen|0.93
p:gesprek uitnodigen|samenvatting|-1.0
p:gesprek uitnodigen|vervolgafspraak|1.0
p:gesprek was|bekritiseren|-0.18
p:gesprek was|etiketteren|-0.97
p:gesprek we|afronding-aankondigen|0.95
p:gestolen fiets|parafrase|-0.99
p:gestrest bent|gevoelsreflectie|0.88
p:geven van|gevoelsreflectie|-0.94
p:gevolgen hebben|moraliseren|0.98
p:gevolgen hebben|adviseren|-0.98
p:geweest dus|gevoelsreflectie|-0.95
p:geweest voor|adviseren|-1.0
p:geweest voor|afronding-aankondigen|1.0
p:geweest voor|bedanken|-0.89
p:geweest was|bekritiseren|0.83
p:geweest zijn|gevoelsreflectie|0.99
p:geweldige inzet|bekritiseren|2.31
p:geweldige inzet|bedanken|-1.75
p:geweldige medewerking|bekritiseren|1.77
p:geweldige medewerking|bedanken|-1.77
p:gewend op|geruststellen|0.94
p:gewerkt dit|bekritiseren|-0.89
p:gewogen gemiddeld|bevelen|-0.99
p:gewogen gemiddeld|argumenteren|0.99
p:gewond raken|ik-boodschap|0.99
p:gewoon aan|interpreteren|0.94
p:gewoon aandacht|moraliseren|-0.77
p:gewoon bij|moraliseren|-0.85
p:gewoon brutaal|bekritiseren|1.29
p:gewoon brutaal|etiketteren|-0.88
p:gewoon dat|argumenteren|0.93
p:gewoon dat|interpreteren|1.0
p:gewoon dat|bedanken|-0.87
p:gewoon de|jij-boodschap|-0.41
p:gewoon de|parafrase|-1.0
p:gewoon de|adviseren|1.0
p:gewoon doen|moraliseren|-0.93
p:gewoon doordat|geruststellen|-0.97
p:gewoon een|jij-boodschap|1.78
p:gewoon een|bekritiseren|-1.78
p:gewoon een|geruststellen|1.79
p:gewoon eerder|bekritiseren|0.73
p:gewoon eerlijk|gevoelsreflectie|0.96
p:gewoon elf|parafrase|0.97
p:gewoon elf|argumenteren|0.97
p:gewoon geen|jij-boodschap|1.57
p:gewoon geen|bekritiseren|-0.96
p:gewoon geen|interpreteren|-1.84
p:gewoon haar|ik-boodschap|-1.0
p:gewoon haar|jij-boodschap|-1.0
p:gewoon haar|bekritiseren|-1.0
p:gewoon haar|etiketteren|-1.0
p:gewoon haar|interpreteren|1.0
p:gewoon halen|geruststellen|0.99
p:gewoon helemaal|bekritiseren|-2.22
p:gewoon in|jij-boodschap|-0.99
p:gewoon in|waarschuwen|-0.99
p:gewoon in|bekritiseren|-0.99
p:gewoon in|afleiden|-0.89
p:gewoon innemen|gevoelsreflectie|-0.88
p:gewoon je|jij-boodschap|1.01
p:gewoon je|samenvatting|-0.82
p:gewoon je|bevelen|-0.82
p:gewoon je|bekritiseren|1.64
p:gewoon laten|bekritiseren|-0.47
p:gewoon lui|jij-boodschap|0.51
p:gewoon lui|interpreteren|0.78
p:gewoon maar|bevelen|-0.89
p:gewoon maar|bekritiseren|-1.01
p:gewoon met|adviseren|0.94
p:gewoon moeilijk|adviseren|-0.99
p:gewoon moeilijk|interpreteren|0.82
p:gewoon naar|bevelen|1.74
p:gewoon naar|geruststellen|-0.82
p:gewoon niet|jij-boodschap|-1.58
p:gewoon niet|moraliseren|0.75
p:gewoon niet|bekritiseren|-0.85
p:gewoon niet|etiketteren|-0.96
p:gewoon niks|bekritiseren|1.72
p:gewoon nooit|bekritiseren|0.96
p:gewoon omdat|interpreteren|0.86
p:gewoon ongeïnteresseerd|bekritiseren|-1.76
p:gewoon op|jij-boodschap|-0.76
p:gewoon op|bevelen|0.81
p:gewoon op|adviseren|0.87
p:gewoon op|interpreteren|-0.84
p:gewoon overbezorgde|etiketteren|0.97
p:gewoon schandalig|jij-boodschap|-0.8
p:gewoon schandalig|bekritiseren|0.94
p:gewoon smoesjes|bekritiseren|-2.16
p:gewoon stress|argumenteren|-0.51
p:gewoon te|jij-boodschap|1.0
p:gewoon te|bevelen|-1.0
p:gewoon te|adviseren|-1.0
p:gewoon te|bekritiseren|1.78
p:gewoon te|etiketteren|1.94
p:gewoon te|interpreteren|-1.0
p:gewoon te|geruststellen|-1.0
p:gewoon veel|bekritiseren|0.7
p:gewoon voor|moraliseren|0.83
p:gewoon wat|moraliseren|0.98
p:gewoon wat|prijzen|0.81
p:gewoon wegzetten|bekritiseren|0.25
p:gewoon zijn|interpreteren|0.99
p:gewoon zo|interpreteren|-0.71
p:geworden ?|ondervragen|-0.94
p:geworden door|jij-boodschap|0.51
p:geworden door|interpreteren|0.78
p:gezegd ?|gevoelsreflectie|0.9
p:gezegd ?|ondervragen|0.96
p:gezegd best|bekritiseren|-0.91
p:gezegd een|ik-boodschap|-0.99
p:gezegd lastig|vervolgafspraak|-0.99
p:gezegd niet|aanmoediging|-0.98
p:gezegd niet|vervolgafspraak|-0.97
p:gezegd stelt|jij-boodschap|0.94
p:gezegd stelt|bekritiseren|0.94
p:gezegd wel|gevoelsreflectie|-0.94
p:gezegd zorgen|ik-boodschap|-0.93
p:gezien ?|afleiden|0.99
p:gezien dat|jij-boodschap|-0.95
p:gezien dat|bekritiseren|-0.86
p:gezien halen|argumenteren|0.87
p:gezien voelt|interpreteren|0.96
p:gijs zijn|ik-boodschap|0.96
p:gijs zijn|vervolgafspraak|-0.96
p:ging het|geruststellen|-1.0
p:ging het|afleiden|-0.99
p:gisteren de|gevoelsreflectie|-0.9
p:gisteren de|samenvatting|-0.95
p:gisteren gebeurde|parafrase|-1.0
p:gisteren gebeurde|bekritiseren|-1.0
p:gisteren met|ik-boodschap|0.94
p:gisteren naar|jij-boodschap|-0.96
p:gisteren zonder|bedanken|-0.94
p:goed ?|parafrase|0.99
p:goed aan|jij-boodschap|-0.98
p:goed als|waarschuwen|-0.97
p:goed begeleiden|ik-boodschap|-0.95
p:goed begrepen|parafrase|0.99
p:goed begrijp|ik-boodschap|-2.75
p:goed begrijp|parafrase|1.93
p:goed begrijp|gevoelsreflectie|-0.19
p:goed begrijp|open-vraag|0.95
p:goed begrijp|aanmoediging|-0.87
p:goed begrijp|ondervragen|-0.92
p:goed bij|bekritiseren|-0.93
p:goed dat|afleiden|-0.93
p:goed gaat|gevoelsreflectie|-0.91
p:goed gedaan|parafrase|-0.96
p:goed genoeg|moraliseren|-0.98
p:goed genoeg|adviseren|-0.99
p:goed genoeg|argumenteren|-0.98
p:goed genoeg|geruststellen|-0.98
p:goed genoeg|afleiden|0.99
p:goed heeft|jij-boodschap|-0.61
p:goed hoe|parafrase|-0.81
p:goed hoe|open-vraag|-0.93
p:goed hoe|ondervragen|-1.0
p:goed hoe|afleiden|1.93
p:goed hoor|gevoelsreflectie|0.93
p:goed hoor|samenvatting|-0.94
p:goed hoor|open-vraag|-0.98
p:goed hoor|interpreteren|0.62
p:goed hoor|geruststellen|0.99
p:goed idee|adviseren|0.98
p:goed ik|bedanken|-0.94
p:goed in|geruststellen|0.88
p:goed is|interpreteren|-0.77
p:goed is|afronding-aankondigen|0.99
p:goed is|vervolgafspraak|-0.99
p:goed laten|afleiden|-0.12
p:goed mee|prijzen|0.91
p:goed mee|geruststellen|-0.96
p:goed met|adviseren|-0.97
p:goed met|geruststellen|1.0
p:goed om|bekritiseren|-0.99
p:goed om|afronding-aankondigen|-0.99
p:goed op|prijzen|0.95
p:goed op|afleiden|-0.91
p:goed snap|parafrase|0.96
p:goed snap|samenvatting|-0.73
p:goed snap|waarschuwen|-0.96
p:goed te|jij-boodschap|0.58
p:goed te|bekritiseren|0.38
p:goed voorstellen|gevoelsreflectie|0.94
p:goed wat|vervolgafspraak|-0.97
p:goed ze|parafrase|-0.95
p:goed zijn|moraliseren|1.0
p:goed zijn|afleiden|-1.0
p:goede cijfers|open-vraag|-1.0
p:goede cijfers|interpreteren|-1.0
p:goede cijfers|afleiden|1.0
p:goede moeder|adviseren|-1.0
p:goede moeder|bekritiseren|-1.0
p:goede moeder|prijzen|1.0
p:goede ouder|parafrase|-1.0
p:goede ouder|moraliseren|1.0
p:goede ouder|adviseren|-0.99
p:goede ouder|argumenteren|-0.99
p:goede ouder|bekritiseren|-1.0
p:goede ouder|etiketteren|-0.87
p:goede tip|samenvatting|-1.0
p:goede tip|adviseren|1.0
p:goede voorbeeld|adviseren|-0.92
p:goede vraag|afleiden|-0.99
p:goedemiddag gaat|bevelen|-0.95
p:goedemiddag mevrouw|bekritiseren|0.94
p:graag afsluiten|vervolgafspraak|-0.99
p:graag een|parafrase|-0.95
p:graag een|gevoelsreflectie|-0.91
p:graag een|open-vraag|-0.95
p:graag iets|open-vraag|0.97
p:graag met|aanmoediging|-0.96
p:graag weer|bedanken|-0.85
p:grapjes maakt|interpreteren|1.7
p:grens op|jij-boodschap|-0.41
p:grenzen hoort|moraliseren|0.93
p:grenzen hoort|bekritiseren|0.21
p:grenzen op|interpreteren|0.99
p:grijpen thuis|bekritiseren|0.25
p:groeit hij|geruststellen|0.99
p:groep laten|ik-boodschap|0.93
p:groepsapp om|samenvatting|0.72
p:groepsopdracht steeds|gevoelsreflectie|-0.96
p:grote held|etiketteren|0.95
p:grote held|afleiden|-0.87
p:grote mond|bekritiseren|0.31
p:grote mond|etiketteren|-0.97
p:gunt hem|bekritiseren|0.92
p:gymdocent bram|argumenteren|-0.96
p:gymdocent gaf|jij-boodschap|-0.73
p:gymdocent gaf|open-vraag|0.95
p:gymdocent gaf|bekritiseren|-0.95
p:gymles is|ik-boodschap|0.78
p:gymles is|gevoelsreflectie|0.91
p:gymles te|gevoelsreflectie|0.93
p:gymspullen bij|bevelen|1.0
p:gymspullen bij|waarschuwen|-1.0
p:haalde gemiddeld|argumenteren|0.96
p:haalt die|gevoelsreflectie|-0.83
p:haalt die|geruststellen|0.97
p:haalt finn|vervolgafspraak|-0.99
p:haalt geen|argumenteren|0.98
p:haalt geen|geruststellen|-0.9
p:haalt het|geruststellen|1.82
p:haalt hij|waarschuwen|-0.92
p:haalt hij|geruststellen|1.0
p:haalt lage|samenvatting|0.73
p:haalt wel|afleiden|0.9
p:haalt ze|argumenteren|-0.7
p:haalt ze|geruststellen|-0.98
p:haar ?|ik-boodschap|0.78
p:haar agenda|adviseren|0.98
p:haar best|jij-boodschap|0.98
p:haar best|bekritiseren|0.63
p:haar boeken|parafrase|-0.9
p:haar buurvrouw|vervolgafspraak|-0.99
p:haar cijfer|ik-boodschap|0.86
p:haar cijfers|gevoelsreflectie|-0.74
p:haar de|waarschuwen|-0.99
p:haar diploma|geruststellen|-0.98
p:haar eens|interpreteren|-0.9
p:haar en|ik-boodschap|-0.67
p:haar gymspullen|bevelen|1.0
p:haar gymspullen|waarschuwen|-1.0
p:haar hoofd|open-vraag|1.0
p:haar hoor|gevoelsreflectie|0.9
p:haar huiswerk|open-vraag|0.97
p:haar huiswerk|interpreteren|-0.9
p:haar in|open-vraag|0.97
p:haar laptop|ik-boodschap|0.99
p:haar laptop|moraliseren|-0.93
p:haar medicijnen|vervolgafspraak|0.95
p:haar naar|ik-boodschap|0.94
p:haar niet|ik-boodschap|-0.95
p:haar op|bekritiseren|-2.21
p:haar oude|interpreteren|0.98
p:haar oude|geruststellen|0.86
p:haar spullen|ik-boodschap|0.89
p:haar steeds|open-vraag|-0.98
p:haar steeds|bevelen|-0.98
p:haar stiefvader|ik-boodschap|-0.67
p:haar telefoon|jij-boodschap|0.99
p:haar telefoon|samenvatting|-0.99
p:haar telefoon|open-vraag|-0.99
p:haar telefoon|adviseren|0.83
p:haar telefoon|bekritiseren|-0.85
p:haar veel|bekritiseren|-1.31
p:haar vriendinnen|ik-boodschap|-0.99
p:haar werk|jij-boodschap|-0.98
p:haar werkstuk|waarschuwen|1.0
p:haar werkstuk|geruststellen|-1.0
p:haar ze|adviseren|-1.0
p:haar ze|geruststellen|1.0
p:haar zeggen|gevoelsreflectie|0.96
p:haar zin|ik-boodschap|-1.0
p:haar zin|jij-boodschap|-1.0
p:haar zin|bekritiseren|-1.0
p:haar zin|etiketteren|-1.0
p:haar zin|interpreteren|1.0
p:haar zo|interpreteren|0.95
p:haar zus|waarschuwen|-0.99
p:had als|bekritiseren|0.84
p:had eerder|bekritiseren|0.47
p:had er|ik-boodschap|-0.92
p:had gebeld|bekritiseren|0.96
p:had gemaakt|geruststellen|-0.92
p:had geoefend|adviseren|-0.99
p:had gewoon|parafrase|0.97
p:had gewoon|argumenteren|0.97
p:had je|parafrase|0.96
p:had je|samenvatting|-0.73
p:had je|waarschuwen|-0.96
p:had laten|parafrase|0.95
p:had u|bekritiseren|-1.47
p:had veel|bekritiseren|0.59
p:hadden we|bekritiseren|0.96
p:haha ja|moraliseren|-0.98
p:haha ja|argumenteren|-0.98
p:haha ja|geruststellen|-0.98
p:haha ja|afleiden|0.98
p:halen als|prijzen|0.99
p:halen is|open-vraag|-1.0
p:halen is|geruststellen|-1.0
p:halen leerlingen|argumenteren|0.87
p:halen let|geruststellen|0.99
p:half een|vervolgafspraak|0.92
p:half een|bedanken|0.92
p:half maakt|adviseren|-0.9
p:half negen|bedanken|0.9
p:half uur|afleiden|-0.9
p:half uurtje|gevoelsreflectie|0.88
p:halverwege het|ik-boodschap|0.91
p:hamza heeft|open-vraag|-1.0
p:hamza heeft|geruststellen|-1.0
p:hand hoor|geruststellen|0.72
p:hand is|jij-boodschap|0.89
p:hand is|bekritiseren|0.89
p:hand is|geruststellen|-0.97
p:handige keuze|bekritiseren|0.84
p:hard gewerkt|bekritiseren|-0.89
p:hard voor|adviseren|-0.99
p:hardop overhoren|waarschuwen|-0.99
p:harte welkom|etiketteren|-0.96
p:hartelijk dank|parafrase|-1.0
p:hartelijk dank|open-vraag|-1.0
p:hartelijk dank|aanmoediging|-1.0
p:hartelijk dank|bedanken|1.0
p:havo 4|vervolgafspraak|-0.99
p:havo kosten|waarschuwen|0.95
p:he maar|moraliseren|-0.98
p:he maar|argumenteren|-0.98
p:he maar|geruststellen|-0.98
p:he maar|afleiden|0.98
p:he wat|bekritiseren|-0.66
p:he zoals|bevelen|-0.97
p:heb alle|aanmoediging|0.95
p:heb gemeld|ik-boodschap|-0.8
p:heb gestuurd|open-vraag|-0.99
p:heb gezien|jij-boodschap|-0.95
p:heb gezien|bekritiseren|-0.86
p:heb het|samenvatting|-1.0
p:heb het|moraliseren|-1.0
p:heb het|argumenteren|1.0
p:heb het|interpreteren|0.84
p:heb ik|ik-boodschap|0.91
p:heb ik|parafrase|0.99
p:heb ik|waarschuwen|-0.91
p:heb ik|adviseren|-0.99
p:heb ik|bekritiseren|-0.89
p:heb je|ik-boodschap|-0.98
p:heb je|parafrase|-0.96
p:heb je|gevoelsreflectie|0.9
p:heb je|open-vraag|-0.97
p:heb je|moraliseren|0.92
p:heb je|argumenteren|-0.92
p:heb je|bekritiseren|-0.93
p:heb u|argumenteren|0.96
p:heb uw|gevoelsreflectie|-0.8
p:heb uw|bekritiseren|0.77
p:heb zijn|aanmoediging|-0.93
p:hebben ?|open-vraag|-1.0
p:hebben ?|bekritiseren|-0.95
p:hebben ?|interpreteren|-1.0
p:hebben ?|afleiden|1.0
p:hebben als|moraliseren|0.98
p:hebben als|adviseren|-0.98
p:hebben daar|afleiden|0.96
p:hebben de|afronding-aankondigen|0.96
p:hebben die|bekritiseren|0.7
p:hebben drie|afronding-aankondigen|-0.95
p:hebben een|geruststellen|0.96
p:hebben gepraat|afronding-aankondigen|0.86
p:hebben het|jij-boodschap|-1.03
p:hebben het|gevoelsreflectie|-0.74
p:hebben het|samenvatting|1.0
p:hebben het|bekritiseren|0.2
p:hebben het|afronding-aankondigen|-0.85
p:hebben het|bedanken|-1.0
p:hebben jullie|prijzen|-0.99
p:hebben nog|afleiden|0.86
p:hebben nu|argumenteren|-0.99
p:hebben over|samenvatting|-0.82
p:hebben over|afronding-aankondigen|-0.82
p:hebben vandaag|afleiden|-0.9
p:hebben voor|moraliseren|1.0
p:hebben vorige|jij-boodschap|0.58
p:hebben vorige|bekritiseren|0.38
p:hebben wat|afleiden|1.83
p:hebben we|etiketteren|0.95
p:hebben we|afleiden|-0.87
p:hebben ze|geruststellen|-0.91
p:hebben ze|afleiden|0.91
p:hebt bo|geruststellen|-0.97
p:hebt de|ik-boodschap|0.92
p:hebt de|bekritiseren|-0.56
p:hebt deze|gevoelsreflectie|-0.92
p:hebt echt|bekritiseren|-0.89
p:hebt er|jij-boodschap|-0.98
p:hebt er|bekritiseren|-2.05
p:hebt gedaan|bevelen|-0.93
p:hebt het|bekritiseren|1.7
p:hebt in|interpreteren|0.95
p:hebt ingeleverd|bekritiseren|-0.53
p:hebt je|bevelen|-0.97
p:hebt maar|samenvatting|-0.97
p:hebt met|gevoelsreflectie|0.95
p:hebt nergens|jij-boodschap|0.99
p:hebt nergens|samenvatting|-0.82
p:hebt nergens|open-vraag|-0.99
p:hebt nergens|bekritiseren|1.81
p:hebt ook|bekritiseren|0.99
p:hebt uitgelachen|ik-boodschap|0.95
p:hebt uitgelachen|gevoelsreflectie|-0.95
p:hebt vorige|ondervragen|-0.81
p:heeft aangepakt|jij-boodschap|-0.61
p:heeft altijd|jij-boodschap|-0.85
p:heeft begrijp|parafrase|0.99
p:heeft bij|open-vraag|0.98
p:heeft daan|ondervragen|-0.95
p:heeft daardoor|vervolgafspraak|-0.72
p:heeft dat|afleiden|-0.98
p:heeft de|ik-boodschap|0.86
p:heeft de|parafrase|1.0
p:heeft de|open-vraag|-1.0
p:heeft de|argumenteren|-0.96
p:heeft de|geruststellen|-1.0
p:heeft de|vervolgafspraak|-0.56
p:heeft die|bekritiseren|-1.18
p:heeft een|bekritiseren|0.31
p:heeft een|etiketteren|-0.97
p:heeft een|interpreteren|-1.0
p:heeft een|afronding-aankondigen|-1.0
p:heeft er|bekritiseren|1.51
p:heeft geen|jij-boodschap|0.95
p:heeft geen|moraliseren|-0.95
p:heeft geen|bekritiseren|0.76
p:heeft gehouden|samenvatting|-0.94
p:heeft gemaakt|argumenteren|0.85
p:heeft gevolgen|waarschuwen|0.93
p:heeft helemaal|geruststellen|-0.51
p:heeft hem|bekritiseren|0.1
p:heeft het|parafrase|0.81
p:heeft het|bevelen|-0.99
p:heeft het|argumenteren|0.99
p:heeft hij|adviseren|-1.0
p:heeft hij|bekritiseren|-0.83
p:heeft hij|ondervragen|1.0
p:heeft hij|vervolgafspraak|-0.99
p:heeft ingeleverd|ik-boodschap|0.95
p:heeft ingeleverd|jij-boodschap|-0.95
p:heeft ingeleverd|bekritiseren|-0.86
p:heeft ingelicht|gevoelsreflectie|0.91
p:heeft ingelicht|prijzen|-0.91
p:heeft kan|open-vraag|-0.99
p:heeft kan|vervolgafspraak|0.99
p:heeft maar|bekritiseren|0.89
p:heeft me|ik-boodschap|0.94
p:heeft meer|ondervragen|-1.0
p:heeft meer|vervolgafspraak|-1.0
p:heeft met|interpreteren|0.88
p:heeft mist|vervolgafspraak|-0.92
p:heeft naar|interpreteren|0.98
p:heeft naar|geruststellen|0.86
p:heeft niemand|parafrase|0.99
p:heeft niemand|bekritiseren|0.95
p:heeft nooit|bevelen|-1.0
p:heeft nu|bekritiseren|-0.99
p:heeft ontvangen|afleiden|-0.93
p:heeft op|jij-boodschap|0.94
p:heeft op|bekritiseren|0.94
p:heeft overal|jij-boodschap|1.56
p:heeft overal|samenvatting|-0.63
p:heeft overal|bekritiseren|1.4
p:heeft ruben|parafrase|-1.0
p:heeft ruben|samenvatting|-1.0
p:heeft ruben|aanmoediging|-1.0
p:heeft ruben|afronding-aankondigen|-1.0
p:heeft ruzie|samenvatting|0.98
p:heeft sinds|ik-boodschap|0.96
p:heeft sinds|jij-boodschap|-1.52
p:heeft sinds|bekritiseren|-1.27
p:heeft teruggebeld|parafrase|-0.98
p:heeft u|ik-boodschap|-1.79
p:heeft u|bekritiseren|-0.87
p:heeft u|prijzen|-0.94
p:heeft u|ondervragen|1.86
p:heeft u|afleiden|0.99
p:heeft vier|ik-boodschap|-0.98
p:heeft vorige|parafrase|-0.99
p:heeft weinig|samenvatting|0.73
p:heeft ze|parafrase|0.81
p:heeft ze|etiketteren|-0.85
p:heel alleen|ik-boodschap|-0.98
p:heel alleen|gevoelsreflectie|0.98
p:heel behulpzaam|bekritiseren|1.49
p:heel behulpzaam|bedanken|-1.76
p:heel behulpzame|jij-boodschap|-0.68
p:heel behulpzame|etiketteren|-0.95
p:heel betrokken|prijzen|0.92
p:heel fijn|gevoelsreflectie|-0.91
p:heel goed|geruststellen|-0.33
p:heel jammer|adviseren|-0.99
p:heel machteloos|gevoelsreflectie|0.92
p:heel normaal|geruststellen|1.91
p:heel normaal|afleiden|-0.94
p:heel onbeleefd|bekritiseren|0.55
p:heel onhandig|bekritiseren|0.52
p:heel simpel|argumenteren|0.98
p:heel simpel|geruststellen|-0.9
p:heel sociaal|geruststellen|-0.95
p:heen ?|gevoelsreflectie|0.94
p:heen ?|open-vraag|0.94
p:heen kijkt|open-vraag|-0.98
p:heen kijkt|bevelen|-0.98
p:heimwee heeft|interpreteren|0.98
p:heimwee heeft|geruststellen|0.86
p:hek afzet|bevelen|0.98
p:helaas een|vervolgafspraak|-0.99
p:helaas stoppen|afronding-aankondigen|0.95
p:held weer|etiketteren|0.95
p:held weer|afleiden|-0.87
p:hele groep|ik-boodschap|0.93
p:hele klas|parafrase|0.97
p:hele klas|gevoelsreflectie|-0.9
p:hele klas|samenvatting|-0.95
p:hele klas|bekritiseren|-0.32
p:hele les|argumenteren|-0.99
p:hele les|bekritiseren|0.99
p:hele les|etiketteren|-0.99
p:hele sectie|aanmoediging|-0.73
p:hele sectie|etiketteren|0.92
p:hele tijd|bevelen|0.9
p:hele verhaal|jij-boodschap|0.23
p:hele verhaal|bekritiseren|-1.66
p:helemaal gehad|gevoelsreflectie|0.95
p:helemaal gewend|geruststellen|0.94
p:helemaal goed|adviseren|-1.0
p:helemaal goed|geruststellen|1.0
p:helemaal klaar|aanmoediging|-0.94
p:helemaal niet|afleiden|-0.97
p:helemaal niets|bekritiseren|0.81
p:helemaal niets|geruststellen|-0.51
p:helemaal niks|bekritiseren|-3.0
p:helemaal oké|bekritiseren|0.95
p:helft van|vervolgafspraak|-0.92
p:helpen ?|gevoelsreflectie|-0.15
p:helpen als|moraliseren|-0.98
p:helpen als|adviseren|0.9
p:helpen en|open-vraag|0.97
p:helpen met|prijzen|0.95
p:helpen om|gevoelsreflectie|-0.92
p:helpen om|bekritiseren|-0.36
p:helpt ?|vervolgafspraak|0.95
p:helpt vaak|adviseren|0.99
p:helpt vaak|vervolgafspraak|-0.64
p:hem ?|parafrase|0.91
p:hem ?|gevoelsreflectie|0.99
p:hem af|ik-boodschap|-1.0
p:hem af|waarschuwen|1.0
p:hem af|moraliseren|-1.0
p:hem af|adviseren|-1.0
p:hem afspreekt|adviseren|0.92
p:hem bespreken|ik-boodschap|0.96
p:hem bespreken|vervolgafspraak|-0.96
p:hem blijkt|gevoelsreflectie|-0.89
p:hem dan|bekritiseren|0.52
p:hem de|adviseren|0.99
p:hem de|vervolgafspraak|-0.64
p:hem dwingen|bevelen|0.96
p:hem dwingen|adviseren|-0.96
p:hem dwingen|bekritiseren|-0.77
p:hem een|waarschuwen|-0.97
p:hem een|moraliseren|-0.98
p:hem een|geruststellen|-0.83
p:hem een|vervolgafspraak|-0.99
p:hem geen|bekritiseren|0.92
p:hem gerust|adviseren|0.85
p:hem gewoon|bekritiseren|0.7
p:hem gewoon|prijzen|0.81
p:hem gewoon|geruststellen|0.94
p:hem goed|geruststellen|0.88
p:hem helpen|prijzen|0.95
p:hem in|bevelen|0.83
p:hem in|prijzen|-0.97
p:hem los|adviseren|-0.99
p:hem los|bekritiseren|-0.73
p:hem los|interpreteren|0.82
p:hem maar|bevelen|0.99
p:hem mee|gevoelsreflectie|-0.92
p:hem morgen|interpreteren|-0.84
p:hem naar|waarschuwen|-1.0
p:hem naar|vervolgafspraak|1.0
p:hem niet|open-vraag|1.0
p:hem niet|bevelen|-0.99
p:hem niet|adviseren|0.94
p:hem niet|bekritiseren|-0.49
p:hem niet|geruststellen|-0.92
p:hem niet|ondervragen|-0.99
p:hem nog|bevelen|0.83
p:hem nog|prijzen|-0.97
p:hem om|bevelen|0.98
p:hem op|samenvatting|-0.95
p:hem over|samenvatting|0.94
p:hem over|bedanken|0.79
p:hem overal|bekritiseren|-0.69
p:hem praten|adviseren|1.0
p:hem sinds|parafrase|-0.99
p:hem straks|waarschuwen|0.95
p:hem te|adviseren|0.99
p:hem te|interpreteren|-0.95
p:hem thuis|bevelen|-0.89
p:hem thuis|bekritiseren|-1.01
p:hem thuis|interpreteren|0.86
p:hem tot|moraliseren|0.93
p:hem tot|bekritiseren|0.21
p:hem u|adviseren|0.85
p:hem veel|bekritiseren|1.6
p:hem voor|bekritiseren|-0.89
p:hem wat|open-vraag|-0.93
p:hem wat|bevelen|-0.97
p:hem wat|adviseren|1.0
p:hem wat|prijzen|-0.81
p:hem wat|interpreteren|-0.81
p:hem zo|open-vraag|0.95
p:herfstvakantie geen|ik-boodschap|0.96
p:herfstvakantie geen|jij-boodschap|-1.52
p:herfstvakantie geen|bekritiseren|-1.27
p:herfstvakantie heb|bekritiseren|-0.89
p:herhalen en|open-vraag|0.99
p:herkansing en|gevoelsreflectie|0.92
p:herkansing en|vervolgafspraak|0.92
p:herkansing gemist|ik-boodschap|0.86
p:herkansing heus|gevoelsreflectie|-0.83
p:herkansing heus|geruststellen|0.97
p:herkansing voor|samenvatting|0.95
p:herkansing voor|vervolgafspraak|-0.56
p:het 's|vervolgafspraak|-1.0
p:het aan|jij-boodschap|-0.93
p:het advies|adviseren|-0.97
p:het al|aanmoediging|-0.87
p:het al|bekritiseren|0.93
p:het al|etiketteren|-1.0
p:het al|afleiden|-1.0
p:het altijd|bekritiseren|-2.21
p:het bankje|prijzen|-0.99
p:het begon|samenvatting|1.77
p:het begon|bekritiseren|-0.84
p:het belangrijkste|gevoelsreflectie|-0.99
p:het besluit|afronding-aankondigen|0.99
p:het besluit|vervolgafspraak|0.59
p:het besluit|bedanken|0.99
p:het best|adviseren|0.99
p:het beste|open-vraag|-0.96
p:het beste|waarschuwen|-0.99
p:het beste|moraliseren|-0.93
p:het beste|adviseren|0.96
p:het blijven|parafrase|-1.0
p:het blijven|samenvatting|-1.0
p:het blijven|aanmoediging|-1.0
p:het blijven|afronding-aankondigen|-1.0
p:het cijfer|parafrase|0.97
p:het cijfer|gevoelsreflectie|-1.0
p:het cijfer|samenvatting|1.0
p:het cijfer|argumenteren|0.97
p:het cijfer|afleiden|-0.97
p:het cijfer|vervolgafspraak|0.84
p:het contact|adviseren|-0.91
p:het contact|bekritiseren|0.98
p:het daar|adviseren|0.81
p:het daar|prijzen|-0.81
p:het dat|jij-boodschap|0.96
p:het dat|bekritiseren|0.33
p:het dat|afronding-aankondigen|-0.99
p:het dat|bedanken|0.87
p:het derde|ik-boodschap|0.99
p:het deze|afleiden|-0.99
p:het doet|ik-boodschap|0.85
p:het doet|open-vraag|-0.97
p:het doet|prijzen|-0.99
p:het druk|bekritiseren|0.89
p:het druk|geruststellen|-0.77
p:het dus|bevelen|-0.96
p:het echt|ik-boodschap|1.93
p:het echt|interpreteren|-0.99
p:het eens|adviseren|1.0
p:het eens|afleiden|0.84
p:het eens|afronding-aankondigen|-0.98
p:het eerst|open-vraag|-1.0
p:het eerst|bekritiseren|-0.95
p:het eerst|interpreteren|-1.0
p:het eerst|afleiden|1.0
p:het eerste|ik-boodschap|-0.92
p:het eerste|vervolgafspraak|0.92
p:het eigenlijk|adviseren|-0.99
p:het eigenlijk|afleiden|0.99
p:het eind|ik-boodschap|-1.0
p:het eind|waarschuwen|1.0
p:het eind|moraliseren|-1.0
p:het eind|adviseren|-1.0
p:het einde|argumenteren|-0.79
p:het einde|afleiden|0.99
p:het eng|gevoelsreflectie|0.96
p:het er|ik-boodschap|-0.94
p:het er|gevoelsreflectie|-0.91
p:het erg|ik-boodschap|-0.85
p:het even|samenvatting|0.91
p:het even|ondervragen|-1.0
p:het even|vervolgafspraak|-1.0
p:het examen|argumenteren|0.17
p:het examenreglement|argumenteren|0.91
p:het frustrerend|parafrase|-0.98
p:het gaat|ik-boodschap|-2.95
p:het gaat|gevoelsreflectie|-1.0
p:het gaat|samenvatting|1.77
p:het gaat|bekritiseren|-0.84
p:het gaat|afleiden|-0.96
p:het gaat|afronding-aankondigen|-0.96
p:het gaat|vervolgafspraak|1.07
p:het gaat|bedanken|-0.99
p:het gamen|jij-boodschap|-0.96
p:het gangpad|ik-boodschap|-0.84
p:het gebeurt|parafrase|-0.93
p:het gebeurt|samenvatting|0.93
p:het gebracht|samenvatting|-0.87
p:het gecontroleerd|interpreteren|-0.86
p:het gedrag|argumenteren|-0.95
p:het gehad|samenvatting|1.0
p:het gehad|afronding-aankondigen|-0.85
p:het gehad|bedanken|-1.0
p:het gesprek|ik-boodschap|0.91
p:het gesprek|gevoelsreflectie|-0.89
p:het gesprek|samenvatting|-0.86
p:het gesprek|bevelen|0.88
p:het gesprek|argumenteren|-1.0
p:het gesprek|bekritiseren|-1.0
p:het gesprek|geruststellen|-1.0
p:het gesprek|afronding-aankondigen|1.8
p:het gesprek|vervolgafspraak|-0.12
p:het gesprek|bedanken|0.92
p:het gewoon|gevoelsreflectie|0.96
p:het gewoon|adviseren|-0.99
p:het gewoon|interpreteren|0.82
p:het goed|parafrase|1.0
p:het goed|samenvatting|-0.73
p:het goed|waarschuwen|-0.96
p:het goed|bekritiseren|0.38
p:het goed|interpreteren|-0.77
p:het goed|afleiden|-0.91
p:het goed|afronding-aankondigen|0.99
p:het goed|vervolgafspraak|-0.99
p:het goede|adviseren|-0.92
p:het hebben|samenvatting|-0.82
p:het hebben|afronding-aankondigen|-0.82
p:het heeft|ik-boodschap|0.94
p:het heel|adviseren|-0.99
p:het hek|bevelen|0.98
p:het hele|jij-boodschap|0.23
p:het hele|bekritiseren|-1.66
p:het helemaal|gevoelsreflectie|0.95
p:het helemaal|bekritiseren|0.95
p:het helpt|adviseren|0.99
p:het helpt|vervolgafspraak|-0.64
p:het hier|samenvatting|-1.0
p:het hier|moraliseren|-1.0
p:het hier|argumenteren|1.0
p:het hier|afleiden|-0.98
p:het hier|afronding-aankondigen|2.68
p:het hier|vervolgafspraak|-0.77
p:het hier|bedanken|1.0
p:het hierbij|samenvatting|0.83
p:het hierbij|bekritiseren|-0.94
p:het hierbij|afronding-aankondigen|0.83
p:het hoort|interpreteren|-0.71
p:het huiswek|ik-boodschap|-0.94
p:het huiswek|samenvatting|-0.84
p:het huiswerk|parafrase|1.92
p:het huiswerk|gevoelsreflectie|-1.0
p:het huiswerk|samenvatting|1.97
p:het huiswerk|open-vraag|0.97
p:het huiswerk|argumenteren|-0.99
p:het huiswerk|geruststellen|-0.93
p:het huiswerk|afleiden|-0.98
p:het huiswerk|vervolgafspraak|-0.91
p:het idee|parafrase|0.81
p:het idee|adviseren|-0.99
p:het idee|interpreteren|1.7
p:het in|ik-boodschap|-0.76
p:het in|argumenteren|-0.22
p:het irritant|afleiden|-0.91
p:het is|jij-boodschap|-1.0
p:het is|parafrase|-0.95
p:het is|gevoelsreflectie|1.0
p:het is|samenvatting|-1.0
p:het is|open-vraag|-1.0
p:het is|bevelen|-1.0
p:het is|moraliseren|1.0
p:het is|adviseren|-1.0
p:het is|argumenteren|-0.13
p:het is|bekritiseren|-0.99
p:het is|etiketteren|-0.97
p:het is|geruststellen|-0.25
p:het is|afleiden|0.95
p:het is|bedanken|-0.89
p:het jammer|geruststellen|-0.97
p:het je|bekritiseren|0.98
p:het kamp|samenvatting|0.84
p:het kamp|bekritiseren|-0.84
p:het kamp|afleiden|0.91
p:het klinkt|parafrase|-0.97
p:het komt|open-vraag|1.0
p:het komt|geruststellen|2.42
p:het komt|afleiden|-0.86
p:het kort|parafrase|-1.0
p:het kort|samenvatting|1.0
p:het kunnen|bekritiseren|0.96
p:het laatste|afleiden|-0.91
p:het langst|moraliseren|0.96
p:het lastig|gevoelsreflectie|-0.8
p:het leren|adviseren|0.97
p:het leven|bevelen|-0.85
p:het liever|afleiden|0.91
p:het ligt|interpreteren|0.94
p:het lijkt|gevoelsreflectie|1.0
p:het lijkt|adviseren|-0.83
p:het lijkt|geruststellen|0.62
p:het lokaal|ik-boodschap|0.99
p:het maar|aanmoediging|2.65
p:het meedenken|bedanken|1.82
p:het meest|aanmoediging|-0.72
p:het meest|geruststellen|-0.99
p:het met|parafrase|-0.99
p:het met|afleiden|0.98
p:het mij|vervolgafspraak|0.93
p:het mis|bevelen|-0.99
p:het mis|argumenteren|0.99
p:het moeilijk|interpreteren|0.88
p:het naar|gevoelsreflectie|-0.89
p:het niet|jij-boodschap|0.99
p:het niet|moraliseren|0.99
p:het niet|bekritiseren|0.74
p:het niet|interpreteren|1.7
p:het nieuwe|open-vraag|-0.9
p:het nieuwe|afleiden|0.9
p:het nieuws|parafrase|-1.0
p:het nieuws|samenvatting|-1.0
p:het nieuws|aanmoediging|-1.0
p:het nieuws|afronding-aankondigen|-1.0
p:het nodig|bekritiseren|1.0
p:het nog|samenvatting|-0.19
p:het nooit|bekritiseren|0.96
p:het normaal|jij-boodschap|0.93
p:het nu|ik-boodschap|0.78
p:het nu|jij-boodschap|-1.03
p:het nu|gevoelsreflectie|0.25
p:het nu|samenvatting|-0.86
p:het nu|bekritiseren|-0.78
p:het nu|afleiden|0.92
p:het om|samenvatting|0.72
p:het onrustig|ik-boodschap|-0.84
p:het onrustig|parafrase|-0.95
p:het onrustig|open-vraag|-0.95
p:het op|samenvatting|-0.99
p:het over|bevelen|-1.0
p:het over|afleiden|0.15
p:het over|vervolgafspraak|-1.0
p:het prima|bekritiseren|0.84
p:het prima|geruststellen|1.72
p:het probleem|jij-boodschap|0.98
p:het probleem|parafrase|0.99
p:het probleem|samenvatting|-0.71
p:het probleem|bekritiseren|0.63
p:het probleem|interpreteren|1.0
p:het probleem|bedanken|-0.87
p:het project|ik-boodschap|0.99
p:het project|interpreteren|-0.85
p:het protocol|argumenteren|-1.57
p:het raakt|gevoelsreflectie|-0.98
p:het rapport|geruststellen|-0.9
p:het rapport|afronding-aankondigen|-0.96
p:het redelijk|parafrase|-0.81
p:het reglement|argumenteren|0.94
p:het rooster|argumenteren|0.94
p:het samen|parafrase|-0.72
p:het samenvat|parafrase|0.95
p:het samenvat|gevoelsreflectie|-0.98
p:het samenvat|samenvatting|0.75
p:het schoolkamp|bekritiseren|-0.95
p:het schoolplein|afleiden|0.91
p:het slapen|argumenteren|0.93
p:het slim|adviseren|0.83
p:het snap|parafrase|0.84
p:het snap|samenvatting|-0.77
p:het spannend|ik-boodschap|-0.99
p:het staat|jij-boodschap|-0.99
p:het staat|waarschuwen|-0.99
p:het staat|bekritiseren|-0.99
p:het staat|afleiden|-0.89
p:het steeds|bekritiseren|0.71
p:het te|gevoelsreflectie|-0.98
p:het te|samenvatting|0.82
p:het te|interpreteren|0.86
p:het team|ik-boodschap|0.98
p:het tegenovergestelde|jij-boodschap|0.94
p:het tegenovergestelde|bekritiseren|0.94
p:het tenminste|afleiden|0.96
p:het thuis|ik-boodschap|-0.94
p:het thuis|bekritiseren|-0.84
p:het thuis|afleiden|-0.98
p:het toch|moraliseren|0.96
p:het toch|interpreteren|-0.66
p:het trouwens|afleiden|0.86
p:het tussen|ik-boodschap|0.99
p:het tweede|vervolgafspraak|0.96
p:het tweede|bedanken|-0.85
p:het u|gevoelsreflectie|0.92
p:het u|waarschuwen|-1.0
p:het u|vervolgafspraak|1.0
p:het valt|ik-boodschap|-0.92
p:het vast|jij-boodschap|-1.0
p:het vast|waarschuwen|-0.97
p:het vast|adviseren|0.98
p:het vast|bekritiseren|-1.0
p:het vast|prijzen|0.29
p:het vergeten|geruststellen|0.98
p:het verschil|ondervragen|-1.0
p:het verschil|afleiden|-0.91
p:het verzuim|ik-boodschap|-0.96
p:het verzuim|samenvatting|1.0
p:het verzuim|waarschuwen|0.96
p:het verzuim|argumenteren|-0.95
p:het verzuim|afronding-aankondigen|-0.84
p:het verzuim|vervolgafspraak|1.0
p:het verzuim|bedanken|-1.0
p:het via|parafrase|0.9
p:het vmbo|afronding-aankondigen|-0.85
p:het volgende|samenvatting|-1.0
p:het volgende|argumenteren|-0.92
p:het volgende|vervolgafspraak|1.0
p:het volgens|open-vraag|0.9
p:het voor|gevoelsreflectie|0.97
p:het voor|bekritiseren|-0.86
p:het vooral|parafrase|1.0
p:het vooral|moraliseren|-1.0
p:het vorig|geruststellen|-1.0
p:het vraagt|etiketteren|-0.92
p:het weekend|ik-boodschap|0.96
p:het weekend|open-vraag|-0.96
p:het weekend|vervolgafspraak|-0.96
p:het weer|jij-boodschap|0.92
p:het weer|samenvatting|-0.95
p:het weer|aanmoediging|-0.73
p:het weer|bekritiseren|0.6
p:het weer|etiketteren|0.92
p:het weer|afleiden|0.92
p:het weet|waarschuwen|0.99
p:het weet|moraliseren|-0.99
p:het wel|open-vraag|0.97
p:het wel|waarschuwen|-0.92
p:het wel|interpreteren|-0.96
p:het wel|geruststellen|1.82
p:het wijkteam|adviseren|0.96
p:het zeg|waarschuwen|0.63
p:het zelf|gevoelsreflectie|0.91
p:het zelf|bekritiseren|0.75
p:het zelf|prijzen|-0.95
p:het zesde|afronding-aankondigen|0.72
p:het zo|bekritiseren|0.95
p:het zo|vervolgafspraak|-0.99
p:het zonde|ik-boodschap|0.8
p:het zou|adviseren|0.9
p:het zou|afleiden|-1.0
p:hetzelfde punt|ik-boodschap|0.95
p:heus niet|geruststellen|0.62
p:hielp die|ik-boodschap|0.94
p:hielp met|ik-boodschap|0.99
p:hielp met|interpreteren|-0.99
p:hier af|afronding-aankondigen|0.91
p:hier afronden|argumenteren|-1.0
p:hier afronden|geruststellen|-1.0
p:hier afronden|afronding-aankondigen|1.0
p:hier afronden|vervolgafspraak|-0.95
p:hier afronden|bedanken|0.9
p:hier een|moraliseren|0.79
p:hier gewoon|jij-boodschap|1.01
p:hier gewoon|samenvatting|-0.82
p:hier gewoon|bevelen|-0.82
p:hier gewoon|bekritiseren|1.64
p:hier laten|afronding-aankondigen|1.7
p:hier laten|vervolgafspraak|0.98
p:hier maar|afleiden|-0.98
p:hier maar|afronding-aankondigen|0.98
p:hier niet|prijzen|0.93
p:hier niet|afleiden|1.0
p:hier nu|vervolgafspraak|-0.9
p:hier onzeker|gevoelsreflectie|0.83
p:hier stoppen|ik-boodschap|-1.95
p:hier stoppen|afleiden|-1.0
p:hier stoppen|vervolgafspraak|1.0
p:hier stoppen|bedanken|-1.0
p:hier te|interpreteren|-0.77
p:hier voor|vervolgafspraak|-0.8
p:hier voor|bedanken|1.0
p:hier wel|gevoelsreflectie|-1.0
p:hier wel|vervolgafspraak|-1.0
p:hier zwart|samenvatting|-1.0
p:hier zwart|moraliseren|-1.0
p:hier zwart|argumenteren|1.0
p:hierbij afsluiten|afronding-aankondigen|0.96
p:hierbij laten|samenvatting|0.83
p:hierbij laten|bekritiseren|-0.94
p:hierbij laten|afronding-aankondigen|0.83
p:hiermee wegkomt|waarschuwen|0.96
p:hiermee wegkomt|interpreteren|-0.96
p:hierop ?|ik-boodschap|-0.99
p:hij 's|jij-boodschap|0.86
p:hij 's|bekritiseren|0.14
p:hij 's|vervolgafspraak|-0.99
p:hij achter|ik-boodschap|0.99
p:hij allemaal|ik-boodschap|0.8
p:hij begint|jij-boodschap|1.44
p:hij bij|ik-boodschap|0.97
p:hij bij|parafrase|0.76
p:hij bij|samenvatting|-0.9
p:hij bij|adviseren|-0.9
p:hij bijles|vervolgafspraak|0.93
p:hij daar|bekritiseren|-0.83
p:hij daar|vervolgafspraak|-0.99
p:hij de|open-vraag|-0.99
p:hij de|adviseren|0.99
p:hij de|bekritiseren|-0.99
p:hij de|vervolgafspraak|0.26
p:hij die|argumenteren|-0.96
p:hij dit|moraliseren|0.98
p:hij dit|adviseren|-0.98
p:hij doet|bekritiseren|1.05
p:hij doet|interpreteren|-0.85
p:hij doet|geruststellen|-0.96
p:hij een|open-vraag|-1.0
p:hij een|geruststellen|-1.0
p:hij eigenlijk|afleiden|0.91
p:hij gamet|bekritiseren|0.25
p:hij geen|argumenteren|0.84
p:hij geschorst|parafrase|-0.95
p:hij gewoon|jij-boodschap|0.51
p:hij gewoon|interpreteren|0.78
p:hij gisteren|ik-boodschap|-0.95
p:hij haalt|gevoelsreflectie|-0.83
p:hij haalt|samenvatting|0.73
p:hij haalt|geruststellen|0.97
p:hij had|parafrase|0.97
p:hij had|argumenteren|0.97
p:hij heeft|samenvatting|1.71
p:hij heeft|bekritiseren|-0.37
p:hij het|gevoelsreflectie|-0.89
p:hij het|waarschuwen|-0.92
p:hij het|interpreteren|0.88
p:hij houdt|ik-boodschap|-0.99
p:hij is|ik-boodschap|-0.93
p:hij is|jij-boodschap|-0.86
p:hij is|samenvatting|0.98
p:hij is|aanmoediging|-0.98
p:hij is|waarschuwen|-2.0
p:hij is|bekritiseren|-1.02
p:hij is|prijzen|-2.0
p:hij is|etiketteren|0.96
p:hij is|interpreteren|-0.97
p:hij is|geruststellen|0.93
p:hij is|ondervragen|-0.93
p:hij is|bedanken|-2.0
p:hij kan|bevelen|-0.91
p:hij komt|vervolgafspraak|-1.76
p:hij kreeg|gevoelsreflectie|0.92
p:hij kreeg|vervolgafspraak|0.92
p:hij krijgt|bedanken|0.9
p:hij lapt|jij-boodschap|0.58
p:hij lapt|bekritiseren|0.38
p:hij luistert|bekritiseren|0.92
p:hij mee|waarschuwen|-0.76
p:hij mee|ondervragen|-1.0
p:hij mist|jij-boodschap|-0.41
p:hij mist|parafrase|-0.96
p:hij mist|samenvatting|1.89
p:hij moet|jij-boodschap|-1.0
p:hij moet|bekritiseren|-1.0
p:hij moet|etiketteren|-1.0
p:hij morgen|jij-boodschap|-0.49
p:hij naar|bekritiseren|-0.83
p:hij naar|vervolgafspraak|-0.99
p:hij nauwelijks|ik-boodschap|0.99
p:hij niet|ik-boodschap|-0.99
p:hij niet|waarschuwen|0.87
p:hij niet|argumenteren|0.84
p:hij niet|ondervragen|0.86
p:hij nog|open-vraag|-1.0
p:hij nog|bevelen|-0.92
p:hij nooit|jij-boodschap|-0.93
p:hij nooit|bekritiseren|-0.53
p:hij om|bekritiseren|0.84
p:hij online|bekritiseren|0.83
p:hij onzeker|geruststellen|-0.99
p:hij op|jij-boodschap|0.8
p:hij op|bekritiseren|0.67
p:hij slaapt|jij-boodschap|-0.41
p:hij slaapt|parafrase|-0.96
p:hij staat|ik-boodschap|0.96
p:hij staat|waarschuwen|-0.86
p:hij staat|argumenteren|0.61
p:hij staat|vervolgafspraak|-0.96
p:hij steeds|ondervragen|0.98
p:hij stelt|bekritiseren|2.02
p:hij strafwerk|bekritiseren|-0.98
p:hij straks|afleiden|-0.96
p:hij thuis|open-vraag|-0.93
p:hij thuis|waarschuwen|0.99
p:hij thuis|moraliseren|-0.99
p:hij thuis|bekritiseren|-0.88
p:hij thuis|afleiden|-1.0
p:hij toch|moraliseren|0.96
p:hij toen|aanmoediging|-0.91
p:hij vanzelf|geruststellen|0.99
p:hij veel|bekritiseren|-0.93
p:hij verveelt|interpreteren|0.86
p:hij voelt|parafrase|-0.93
p:hij voelt|ondervragen|-1.0
p:hij volgend|waarschuwen|0.93
p:hij volgens|geruststellen|-0.99
p:hij voor|samenvatting|-0.98
p:hij wat|adviseren|0.9
p:hij weer|samenvatting|-0.87
p:hij weer|waarschuwen|0.91
p:hij weinig|open-vraag|0.98
p:hij wil|prijzen|0.99
p:hij woensdag|prijzen|0.91
p:hij wordt|parafrase|0.95
p:hij wordt|samenvatting|-0.95
p:hij zelf|parafrase|0.95
p:hij zich|bekritiseren|-0.77
p:hij zich|geruststellen|-0.99
p:hij zijn|bevelen|0.85
p:hij zijn|adviseren|-1.0
p:hij zijn|ondervragen|1.0
p:hij zit|moraliseren|-0.97
p:hij zit|argumenteren|-0.99
p:hij zit|bekritiseren|1.01
p:hij zit|etiketteren|-0.99
p:hij zitten|ik-boodschap|-0.99
p:hij zitten|bevelen|-1.0
p:hij zitten|waarschuwen|1.0
p:hij zo|moraliseren|-0.97
p:hij zo|argumenteren|-0.82
p:hij zo|bekritiseren|-0.95
p:hij zo|geruststellen|1.0
p:hij zo|afleiden|-0.96
p:hij zoekt|interpreteren|0.99
p:hm en|aanmoediging|0.88
p:hm hm|aanmoediging|0.88
p:hoe bevalt|open-vraag|-0.9
p:hoe bevalt|afleiden|0.9
p:hoe dan|prijzen|-0.99
p:hoe dat|parafrase|-0.81
p:hoe de|samenvatting|1.0
p:hoe de|adviseren|-1.0
p:hoe de|afronding-aankondigen|-1.0
p:hoe en|gevoelsreflectie|-0.98
p:hoe en|samenvatting|0.82
p:hoe gaat|ik-boodschap|1.02
p:hoe gaat|samenvatting|-0.84
p:hoe gaat|open-vraag|1.96
p:hoe gaat|adviseren|-0.99
p:hoe gaat|afleiden|1.85
p:hoe gaat|vervolgafspraak|-1.0
p:hoe ging|geruststellen|-1.0
p:hoe ging|afleiden|-0.99
p:hoe heeft|parafrase|-1.0
p:hoe heeft|samenvatting|-1.0
p:hoe heeft|aanmoediging|-1.0
p:hoe heeft|ondervragen|-0.95
p:hoe heeft|afronding-aankondigen|-1.0
p:hoe het|ik-boodschap|-0.98
p:hoe het|parafrase|-0.91
p:hoe het|samenvatting|0.8
p:hoe het|open-vraag|-0.99
p:hoe het|aanmoediging|-0.96
p:hoe het|adviseren|0.86
p:hoe het|prijzen|-0.81
p:hoe het|afleiden|-0.96
p:hoe het|afronding-aankondigen|-0.96
p:hoe het|vervolgafspraak|2.97
p:hoe het|bedanken|-0.99
p:hoe ik|bekritiseren|0.94
p:hoe is|ik-boodschap|0.1
p:hoe is|open-vraag|1.93
p:hoe kan|jij-boodschap|0.96
p:hoe kan|bekritiseren|0.33
p:hoe kevin|ik-boodschap|0.94
p:hoe kijk|open-vraag|0.99
p:hoe kijkt|jij-boodschap|-0.73
p:hoe kijkt|open-vraag|0.95
p:hoe kijkt|bekritiseren|-0.95
p:hoe komt|open-vraag|0.9
p:hoe laat|jij-boodschap|-1.06
p:hoe laat|open-vraag|-1.0
p:hoe laat|bekritiseren|-1.4
p:hoe laat|prijzen|-0.99
p:hoe laat|ondervragen|1.0
p:hoe laat|afleiden|-0.93
p:hoe laat|vervolgafspraak|-0.99
p:hoe merkt|open-vraag|0.98
p:hoe reageert|ik-boodschap|-0.99
p:hoe u|prijzen|0.97
p:hoe voelde|jij-boodschap|-0.98
p:hoe was|open-vraag|-0.93
p:hoe was|ondervragen|-1.0
p:hoe was|afleiden|1.93
p:hoe zie|afleiden|-0.99
p:hoe zou|gevoelsreflectie|-0.91
p:hoeft niet|moraliseren|-0.92
p:hoeft zich|geruststellen|0.97
p:hoeveel uur|ondervragen|1.0
p:hoeveel uur|bedanken|-1.0
p:hoezo was|ondervragen|0.99
p:hoi bram|jij-boodschap|-0.92
p:hoi bram|bekritiseren|-0.58
p:hoi bram|prijzen|-0.92
p:hoi ga|bevelen|-1.8
p:hond ?|afleiden|0.86
p:hoofd op|ik-boodschap|-0.92
p:hoofd op|open-vraag|1.0
p:hoogte ?|ondervragen|0.99
p:hoogte gebracht|parafrase|1.0
p:hoogte heeft|samenvatting|-0.94
p:hoogte is|prijzen|0.95
p:hoogte te|ik-boodschap|-0.93
p:hoogte te|moraliseren|0.93
p:hoogte volgende|samenvatting|0.94
p:hoogte volgende|bedanken|0.79
p:hoor bent|samenvatting|-0.94
p:hoor daar|etiketteren|0.95
p:hoor daar|afleiden|-0.87
p:hoor dat|gevoelsreflectie|2.9
p:hoor dat|aanmoediging|-0.96
p:hoor dat|etiketteren|-0.81
p:hoor dat|geruststellen|0.7
p:hoor hoe|prijzen|0.97
p:hoor ik|gevoelsreflectie|0.9
p:hoor ik|aanmoediging|0.95
p:hoor ik|ondervragen|0.96
p:hoor is|gevoelsreflectie|0.93
p:hoor je|moraliseren|0.99
p:hoor u|gevoelsreflectie|-1.97
p:hoor veel|parafrase|-0.94
p:hoor wil|open-vraag|-0.98
p:hoort alleen|bekritiseren|-1.79
p:hoort bij|moraliseren|-0.95
p:hoort bij|afleiden|0.96
p:hoort dan|bekritiseren|-1.79
p:hoort gewoon|jij-boodschap|-0.76
p:hoort gewoon|moraliseren|-0.85
p:hoort gewoon|interpreteren|-0.71
p:hoort het|moraliseren|1.82
p:hoort je|bevelen|-0.93
p:hoort nu|argumenteren|-0.87
p:hoort nu|interpreteren|-1.0
p:hoort nu|geruststellen|-0.94
p:hoort nu|afleiden|0.94
p:hoort om|argumenteren|-0.96
p:hoort respect|moraliseren|1.0
p:hoort te|bevelen|-0.91
p:hoort te|moraliseren|0.93
p:hoort te|bekritiseren|0.21
p:hoort u|argumenteren|0.99
p:hoort u|bekritiseren|-0.96
p:hoort u|prijzen|-0.99
p:horen hoe|samenvatting|-0.91
p:horen hoe|open-vraag|-0.99
p:horen hoe|adviseren|0.99
p:horen hoe|vervolgafspraak|1.98
p:horen op|ik-boodschap|-0.93
p:horen op|moraliseren|1.88
p:horen op|adviseren|-0.83
p:hou daar|bevelen|0.9
p:houd de|samenvatting|0.94
p:houd de|bedanken|0.79
p:houden anders|bevelen|0.93
p:houden contact|aanmoediging|-0.97
p:houden zijn|bedanken|0.9
p:houdt hem|geruststellen|0.88
p:houdt hoe|jij-boodschap|-0.73
p:houdt hoe|open-vraag|0.95
p:houdt hoe|bekritiseren|-0.95
p:houdt mist|samenvatting|-0.99
p:houdt mist|open-vraag|-0.99
p:houdt mist|vervolgafspraak|0.99
p:houdt zich|ik-boodschap|-0.99
p:houdt zich|jij-boodschap|0.72
p:huis eigenlijk|open-vraag|-0.9
p:huis eigenlijk|afleiden|0.9
p:huis fietst|ik-boodschap|-0.99
p:huis gaan|gevoelsreflectie|-0.99
p:huis uit|waarschuwen|-0.99
p:huisarts kunnen|prijzen|-0.94
p:huisarts op|samenvatting|0.93
p:huisarts op|vervolgafspraak|0.81
p:huiswerk ?|afleiden|-0.98
p:huiswerk af|interpreteren|-0.9
p:huiswerk afspreken|adviseren|0.96
p:huiswerk afspreken|prijzen|-0.97
p:huiswerk blijft|samenvatting|0.95
p:huiswerk dat|vervolgafspraak|-0.91
p:huiswerk de|ik-boodschap|0.97
p:huiswerk de|samenvatting|0.99
p:huiswerk deze|bekritiseren|-0.94
p:huiswerk en|ik-boodschap|-0.99
p:huiswerk gaat|moraliseren|0.83
p:huiswerk gecontroleerd|open-vraag|-0.96
p:huiswerk gewoon|bekritiseren|0.96
p:huiswerk in|gevoelsreflectie|-1.0
p:huiswerk in|samenvatting|1.0
p:huiswerk maakt|jij-boodschap|-1.0
p:huiswerk maakt|open-vraag|-1.0
p:huiswerk maakt|moraliseren|1.0
p:huiswerk maakt|bekritiseren|0.98
p:huiswerk maakt|geruststellen|-1.0
p:huiswerk niet|ik-boodschap|0.92
p:huiswerk niet|parafrase|-0.95
p:huiswerk niet|open-vraag|0.97
p:huiswerk niet|bekritiseren|-0.56
p:huiswerk niet|ondervragen|1.0
p:huiswerk niet|vervolgafspraak|0.99
p:huiswerk nooit|jij-boodschap|0.93
p:huiswerk te|parafrase|1.0
p:huiswerk thuis|open-vraag|0.97
p:huiswerk vaak|adviseren|-0.9
p:huiswerk weer|bevelen|-0.97
p:huiswerk wel|parafrase|0.93
p:huiswerk wel|samenvatting|-0.97
p:huiswerk wel|geruststellen|-0.93
p:huiswerk zit|ik-boodschap|-0.94
p:huiswerkbegeleiding ?|bevelen|-0.99
p:huiswerkbegeleiding ?|adviseren|0.99
p:huiswerkbegeleiding ?|ondervragen|-0.99
p:huiswerkklas en|parafrase|-0.91
p:huiswerkklas en|samenvatting|0.86
p:huiswerkklas gaan|ik-boodschap|-0.95
p:huiswerkklas is|ondervragen|-1.0
p:huiswerkklas is|vervolgafspraak|-1.0
p:huiswerkklas zitten|adviseren|0.98
p:huiswerkopdracht ingeleverd|open-vraag|-1.0
p:huiswerkopdracht ingeleverd|geruststellen|-1.0
p:huiswerkopdracht ingelevert|ik-boodschap|0.96
p:huiswerkopdracht ingelevert|jij-boodschap|-1.52
p:huiswerkopdracht ingelevert|bekritiseren|-1.27
p:huiswerkritme er|prijzen|0.97
p:huiswerktijd afspreken|adviseren|0.99
p:huiswerktijd afspreken|vervolgafspraak|0.99
p:huiswerkuur in|argumenteren|-0.99
p:hulp kunnen|adviseren|0.96
p:hulp nodig|prijzen|0.97
p:hulp op|parafrase|-1.0
p:hulp op|samenvatting|1.0
p:hun vraag|ik-boodschap|0.99
p:hun vraag|waarschuwen|-0.99
p:hysterisch en|bevelen|1.74
p:hè ?|gevoelsreflectie|0.95
p:hé bram|afleiden|-0.86
p:idee dat|parafrase|0.81
p:idee dat|adviseren|-0.99
p:idee dat|interpreteren|1.7
p:idee om|adviseren|0.98
p:ideeën heeft|open-vraag|0.99
p:iedereen een|argumenteren|0.92
p:iedereen haalt|afleiden|0.9
p:iedereen is|jij-boodschap|0.99
p:iedereen is|samenvatting|-0.82
p:iedereen is|open-vraag|-0.99
p:iedereen is|bekritiseren|1.81
p:iedereen wel|geruststellen|-1.02
p:iedereen wel|afleiden|0.84
p:iemand gewond|ik-boodschap|0.99
p:iemand pijn|bevelen|-0.93
p:iemand uitlachen|ik-boodschap|-0.95
p:iemand uitlachen|moraliseren|0.95
p:iemand uitschelden|jij-boodschap|-1.81
p:iemand uitschelden|moraliseren|1.73
p:iemand uitschelden|bekritiseren|-1.58
p:iets aan|bekritiseren|0.88
p:iets anders|bevelen|-1.0
p:iets anders|waarschuwen|-0.76
p:iets anders|ondervragen|-1.0
p:iets anders|afleiden|1.0
p:iets anders|vervolgafspraak|-1.0
p:iets is|vervolgafspraak|0.93
p:iets meer|gevoelsreflectie|-0.96
p:iets meer|adviseren|-0.99
p:iets met|open-vraag|0.97
p:iets over|parafrase|-0.99
p:iets over|gevoelsreflectie|0.99
p:iets positiefs|afronding-aankondigen|-0.98
p:iets verkeerd|geruststellen|-0.59
p:iets vertellen|open-vraag|-0.96
p:ik alles|parafrase|-0.96
p:ik alles|samenvatting|0.98
p:ik alles|vervolgafspraak|-0.91
p:ik app|vervolgafspraak|0.86
p:ik balen|gevoelsreflectie|-0.92
p:ik beeindig|bedanken|-0.94
p:ik begrijp|parafrase|-0.98
p:ik begrijp|gevoelsreflectie|-0.8
p:ik begrijp|aanmoediging|0.97
p:ik begrijp|bekritiseren|0.77
p:ik begrijp|geruststellen|0.6
p:ik begrijp|afleiden|0.99
p:ik begrijp|bedanken|-0.99
p:ik bel|samenvatting|-0.91
p:ik bel|open-vraag|-0.99
p:ik bel|adviseren|0.99
p:ik bel|bekritiseren|0.96
p:ik bel|afronding-aankondigen|0.16
p:ik bel|vervolgafspraak|2.68
p:ik bel|bedanken|0.18
p:ik ben|ik-boodschap|1.65
p:ik ben|jij-boodschap|-1.52
p:ik ben|gevoelsreflectie|-0.94
p:ik ben|waarschuwen|-1.0
p:ik ben|bekritiseren|-0.47
p:ik bram|open-vraag|-0.99
p:ik breek|afronding-aankondigen|0.91
p:ik dat|ik-boodschap|0.99
p:ik dat|parafrase|0.99
p:ik dat|bevelen|0.98
p:ik dat|moraliseren|0.79
p:ik de|ik-boodschap|-0.86
p:ik de|parafrase|0.95
p:ik de|samenvatting|-1.0
p:ik de|open-vraag|0.99
p:ik de|waarschuwen|0.85
p:ik de|adviseren|1.81
p:ik de|argumenteren|-1.85
p:ik de|prijzen|-0.81
p:ik de|bedanken|-0.94
p:ik denk|jij-boodschap|0.67
p:ik denk|parafrase|0.95
p:ik denk|bekritiseren|0.8
p:ik denk|prijzen|-0.95
p:ik denk|interpreteren|1.0
p:ik denk|geruststellen|0.86
p:ik denk|afleiden|-0.98
p:ik denk|afronding-aankondigen|1.01
p:ik denk|vervolgafspraak|-0.99
p:ik die|bekritiseren|0.25
p:ik dit|ik-boodschap|-0.8
p:ik dit|moraliseren|-0.76
p:ik doe|parafrase|-0.9
p:ik echt|ik-boodschap|0.95
p:ik echt|gevoelsreflectie|-0.95
p:ik een|argumenteren|-0.86
p:ik eerlijk|vervolgafspraak|-1.97
p:ik en|open-vraag|-1.0
p:ik erger|bekritiseren|0.98
p:ik ga|afronding-aankondigen|1.0
p:ik ga|vervolgafspraak|-0.92
p:ik goed|afleiden|-0.93
p:ik haar|bevelen|-0.98
p:ik had|bekritiseren|-2.94
p:ik heb|jij-boodschap|-0.95
p:ik heb|gevoelsreflectie|-0.8
p:ik heb|samenvatting|-1.0
p:ik heb|moraliseren|-1.0
p:ik heb|argumenteren|1.96
p:ik heb|interpreteren|0.84
p:ik hem|ik-boodschap|-1.0
p:ik hem|open-vraag|1.0
p:ik hem|bevelen|1.66
p:ik hem|waarschuwen|1.0
p:ik hem|moraliseren|-1.0
p:ik hem|adviseren|-1.0
p:ik hem|bekritiseren|-0.89
p:ik hem|prijzen|-1.13
p:ik het|parafrase|3.74
p:ik het|samenvatting|-0.66
p:ik het|open-vraag|-0.96
p:ik het|bevelen|0.88
p:ik het|waarschuwen|-0.33
p:ik het|adviseren|-0.99
p:ik het|ondervragen|-1.0
p:ik het|afleiden|1.83
p:ik het|afronding-aankondigen|1.0
p:ik het|vervolgafspraak|-1.0
p:ik hoor|parafrase|-0.94
p:ik hoor|gevoelsreflectie|0.93
p:ik hoor|geruststellen|0.19
p:ik houd|samenvatting|0.94
p:ik houd|bedanken|0.79
p:ik jammer|ik-boodschap|0.98
p:ik jammer|open-vraag|0.97
p:ik jammer|adviseren|0.99
p:ik jammer|vervolgafspraak|0.87
p:ik je|ik-boodschap|-0.96
p:ik je|parafrase|-0.95
p:ik je|open-vraag|-0.98
p:ik je|aanmoediging|-0.87
p:ik je|waarschuwen|0.91
p:ik je|afronding-aankondigen|0.72
p:ik je|vervolgafspraak|1.83
p:ik je|bedanken|0.92
p:ik jou|ik-boodschap|-0.95
p:ik jullie|ik-boodschap|-0.96
p:ik jullie|waarschuwen|0.96
p:ik jullie|bekritiseren|0.25
p:ik kan|ik-boodschap|-0.99
p:ik kan|gevoelsreflectie|0.94
p:ik kan|interpreteren|-0.99
p:ik kan|geruststellen|-0.99
p:ik kijk|waarschuwen|-1.0
p:ik kijk|vervolgafspraak|1.0
p:ik lastig|samenvatting|-1.0
p:ik lastig|open-vraag|-0.96
p:ik lastig|adviseren|-0.99
p:ik lastig|argumenteren|-0.86
p:ik luister|aanmoediging|0.94
p:ik maak|parafrase|-1.0
p:ik maak|open-vraag|-1.0
p:ik maak|bekritiseren|-1.0
p:ik maak|geruststellen|-1.0
p:ik maak|afleiden|-1.0
p:ik maak|vervolgafspraak|-1.97
p:ik maandag|ik-boodschap|0.96
p:ik maandag|vervolgafspraak|-0.96
p:ik maar|gevoelsreflectie|0.9
p:ik maar|geruststellen|0.9
p:ik maar|ondervragen|0.96
p:ik mail|ik-boodschap|-1.0
p:ik mail|afleiden|-1.0
p:ik mail|afronding-aankondigen|-0.74
p:ik mail|vervolgafspraak|1.0
p:ik mail|bedanken|-1.0
p:ik me|ik-boodschap|0.99
p:ik me|samenvatting|-0.99
p:ik me|vervolgafspraak|0.99
p:ik merk|ik-boodschap|-0.91
p:ik merk|parafrase|-0.9
p:ik met|ik-boodschap|-0.98
p:ik met|samenvatting|0.82
p:ik mijn|bekritiseren|0.94
p:ik misschien|adviseren|1.0
p:ik mo|ik-boodschap|0.91
p:ik mo|waarschuwen|-0.91
p:ik moest|vervolgafspraak|-0.97
p:ik moet|vervolgafspraak|-0.9
p:ik neem|vervolgafspraak|0.99
p:ik niet|ik-boodschap|1.0
p:ik niet|gevoelsreflectie|-0.82
p:ik niet|bevelen|-0.82
p:ik niet|waarschuwen|-1.93
p:ik niet|adviseren|-0.99
p:ik niet|etiketteren|-1.0
p:ik niet|interpreteren|-1.0
p:ik niets|waarschuwen|0.93
p:ik nu|bevelen|-0.92
p:ik nu|afleiden|0.99
p:ik ongemakkelijk|vervolgafspraak|-0.97
p:ik ook|ik-boodschap|0.19
p:ik ook|gevoelsreflectie|-0.9
p:ik ook|samenvatting|-0.95
p:ik ook|argumenteren|0.76
p:ik overleg|samenvatting|0.93
p:ik overleg|vervolgafspraak|0.81
p:ik plan|gevoelsreflectie|0.92
p:ik plan|afronding-aankondigen|-0.9
p:ik plan|vervolgafspraak|0.92
p:ik praat|parafrase|-0.91
p:ik praat|samenvatting|0.86
p:ik regel|gevoelsreflectie|-0.91
p:ik reken|gevoelsreflectie|-0.95
p:ik reken|samenvatting|-0.91
p:ik reken|prijzen|0.92
p:ik schrik|gevoelsreflectie|-1.0
p:ik schrik|vervolgafspraak|-1.0
p:ik sluit|bedanken|0.87
p:ik snap|gevoelsreflectie|1.12
p:ik snap|bevelen|0.1
p:ik snap|geruststellen|0.22
p:ik spreek|samenvatting|1.0
p:ik spreek|adviseren|-1.0
p:ik spreek|afronding-aankondigen|-1.0
p:ik steeds|vervolgafspraak|-0.99
p:ik stel|ik-boodschap|-0.95
p:ik stel|argumenteren|-1.0
p:ik stel|geruststellen|-1.0
p:ik stel|vervolgafspraak|0.68
p:ik stuur|samenvatting|-0.93
p:ik stuur|waarschuwen|0.92
p:ik stuur|vervolgafspraak|0.98
p:ik stuur|bedanken|-0.87
p:ik tegelijk|ik-boodschap|0.93
p:ik tegen|bevelen|0.94
p:ik typerend|ik-boodschap|-0.8
p:ik u|parafrase|0.98
p:ik u|gevoelsreflectie|-0.19
p:ik u|samenvatting|1.0
p:ik u|open-vraag|0.95
p:ik u|bevelen|-1.83
p:ik u|waarschuwen|0.99
p:ik u|adviseren|-0.19
p:ik u|ondervragen|-0.92
p:ik u|afronding-aankondigen|-1.0
p:ik u|bedanken|0.8
p:ik uitleg|argumenteren|-0.99
p:ik uw|vervolgafspraak|-0.97
p:ik van|bekritiseren|-0.89
p:ik van|bedanken|-0.94
p:ik vervelend|ik-boodschap|0.93
p:ik vervelend|open-vraag|1.01
p:ik vervelend|bevelen|-0.98
p:ik vind|ik-boodschap|0.93
p:ik vind|jij-boodschap|0.31
p:ik vind|adviseren|-0.99
p:ik vind|bekritiseren|0.61
p:ik vind|afleiden|-0.91
p:ik vond|ik-boodschap|1.93
p:ik vond|bekritiseren|0.84
p:ik vond|interpreteren|-0.99
p:ik vraag|ik-boodschap|-0.92
p:ik vraag|jij-boodschap|0.84
p:ik vraag|bevelen|0.97
p:ik waardeer|afronding-aankondigen|-0.99
p:ik waardeer|bedanken|0.87
p:ik waarschuw|waarschuwen|0.93
p:ik weet|bekritiseren|0.89
p:ik weet|prijzen|0.92
p:ik wil|open-vraag|1.0
p:ik wil|aanmoediging|-0.96
p:ik wil|bevelen|-0.96
p:ik wil|afronding-aankondigen|1.81
p:ik wil|bedanken|0.93
p:ik wilt|parafrase|-0.99
p:ik wilt|gevoelsreflectie|0.99
p:ik word|ik-boodschap|0.95
p:ik word|interpreteren|-0.66
p:ik word|ondervragen|-1.0
p:ik word|afronding-aankondigen|-1.0
p:ik zag|ik-boodschap|-0.94
p:ik zeg|samenvatting|0.73
p:ik zeg|bekritiseren|0.95
p:ik zeg|geruststellen|0.59
p:ik zet|bekritiseren|-0.52
p:ik zie|gevoelsreflectie|0.84
p:ik zie|adviseren|0.96
p:ik zie|geruststellen|-0.81
p:ik zie|vervolgafspraak|0.24
p:ik zo|bekritiseren|-2.66
p:ik zonde|open-vraag|-0.99
p:ik zonde|vervolgafspraak|0.99
p:ik zou|adviseren|0.94
p:ik zou|geruststellen|-0.83
p:in 2b|ik-boodschap|-0.98
p:in 2b|jij-boodschap|-0.95
p:in ?|argumenteren|-0.99
p:in actie|bekritiseren|-2.24
p:in als|bekritiseren|0.25
p:in bed|moraliseren|0.95
p:in bed|adviseren|-0.83
p:in bed|argumenteren|-0.96
p:in bescherming|interpreteren|-0.95
p:in dat|adviseren|-0.98
p:in dat|bekritiseren|-2.66
p:in dat|prijzen|1.95
p:in dat|afleiden|-0.92
p:in de|parafrase|-0.11
p:in de|gevoelsreflectie|0.92
p:in de|samenvatting|0.89
p:in de|open-vraag|1.05
p:in de|aanmoediging|-0.87
p:in de|bevelen|-0.1
p:in de|waarschuwen|-0.94
p:in de|argumenteren|0.82
p:in de|geruststellen|0.9
p:in de|afleiden|-0.89
p:in de|vervolgafspraak|-0.98
p:in de|bedanken|0.9
p:in deze|samenvatting|-0.86
p:in deze|argumenteren|-0.9
p:in die|interpreteren|0.95
p:in dit|gevoelsreflectie|-0.99
p:in dit|bekritiseren|0.72
p:in elke|afleiden|0.93
p:in hebben|moraliseren|0.79
p:in hebt|jij-boodschap|1.57
p:in hebt|bekritiseren|2.96
p:in hebt|interpreteren|-1.84
p:in heeft|afleiden|0.99
p:in het|ik-boodschap|1.18
p:in het|open-vraag|-0.96
p:in het|bevelen|-0.85
p:in het|vervolgafspraak|-0.96
p:in je|ik-boodschap|0.11
p:in je|gevoelsreflectie|-0.98
p:in je|moraliseren|-0.99
p:in je|bekritiseren|0.8
p:in je|prijzen|-0.99
p:in je|etiketteren|-0.99
p:in jouw|adviseren|0.94
p:in kringetjes|vervolgafspraak|-0.92
p:in lokaal|vervolgafspraak|0.92
p:in magister|ik-boodschap|0.95
p:in magister|jij-boodschap|0.13
p:in magister|gevoelsreflectie|-1.0
p:in magister|samenvatting|1.0
p:in magister|waarschuwen|-0.92
p:in magister|bekritiseren|0.84
p:in magister|prijzen|-0.99
p:in mijn|samenvatting|0.87
p:in mijn|moraliseren|0.98
p:in plaats|adviseren|-0.97
p:in rondjes|afronding-aankondigen|0.99
p:in rondjes|vervolgafspraak|-0.99
p:in september|argumenteren|1.93
p:in september|geruststellen|-0.87
p:in te|open-vraag|-1.0
p:in te|geruststellen|-1.0
p:in uw|ik-boodschap|-0.99
p:in uw|parafrase|1.0
p:in uw|samenvatting|-1.0
p:in voor|gevoelsreflectie|0.92
p:in voor|vervolgafspraak|0.92
p:in wat|parafrase|-0.94
p:in zijn|moraliseren|-0.97
p:incident op|afleiden|0.91
p:informatie van|parafrase|-0.99
p:ingehaald toch|ondervragen|-0.81
p:ingeleverd dus|ik-boodschap|0.95
p:ingeleverd dus|jij-boodschap|-0.95
p:ingeleverd dus|bekritiseren|-0.86
p:ingeleverd en|open-vraag|-1.0
p:ingeleverd en|geruststellen|-1.0
p:ingeleverd maar|bekritiseren|-0.53
p:ingeleverd werkstuk|prijzen|-0.92
p:inlevert kan|parafrase|-0.95
p:inlevert krijg|moraliseren|-0.95
p:inlevert krijgt|waarschuwen|1.0
p:inlevert krijgt|bekritiseren|-0.98
p:inlevert krijgt|geruststellen|-1.0
p:inlevert mag|waarschuwen|0.87
p:instructie en|samenvatting|-0.99
p:instructie en|open-vraag|-0.99
p:irritant dat|afleiden|-0.91
p:irriteert me|ik-boodschap|1.0
p:irriteert me|waarschuwen|-1.0
p:irriteert me|interpreteren|-1.0
p:is ?|parafrase|0.99
p:is ?|bekritiseren|0.93
p:is ?|etiketteren|-1.0
p:is ?|afleiden|-1.0
p:is ?|vervolgafspraak|0.93
p:is aangekomen|bekritiseren|-0.53
p:is als|argumenteren|0.78
p:is als|prijzen|0.95
p:is beter|samenvatting|0.95
p:is daar|parafrase|1.0
p:is daar|moraliseren|-1.0
p:is dat|jij-boodschap|-0.42
p:is dat|parafrase|-0.98
p:is dat|samenvatting|-0.99
p:is dat|open-vraag|1.0
p:is dat|bevelen|0.9
p:is dat|bekritiseren|-0.97
p:is dat|ondervragen|1.0
p:is de|jij-boodschap|0.88
p:is de|waarschuwen|0.63
p:is de|interpreteren|-0.99
p:is degene|jij-boodschap|1.49
p:is degene|etiketteren|-0.96
p:is dex|vervolgafspraak|-1.0
p:is duidelijk|argumenteren|0.91
p:is echt|jij-boodschap|-1.89
p:is echt|bekritiseren|2.38
p:is echt|etiketteren|0.96
p:is echt|geruststellen|1.0
p:is een|jij-boodschap|-0.66
p:is een|samenvatting|-1.0
p:is een|bevelen|-1.0
p:is een|moraliseren|-0.99
p:is een|adviseren|-1.0
p:is een|argumenteren|-2.72
p:is een|bekritiseren|0.15
p:is een|etiketteren|0.93
p:is een|geruststellen|1.04
p:is een|ondervragen|-1.0
p:is een|vervolgafspraak|-1.0
p:is er|samenvatting|-0.95
p:is er|open-vraag|1.0
p:is er|geruststellen|1.0
p:is er|ondervragen|-0.95
p:is er|vervolgafspraak|-0.83
p:is erg|bekritiseren|-1.79
p:is fijn|jij-boodschap|-0.98
p:is gebeurd|ik-boodschap|0.78
p:is geduwd|gevoelsreflectie|0.91
p:is geen|bekritiseren|-0.88
p:is gewoon|jij-boodschap|1.21
p:is gewoon|bekritiseren|-2.81
p:is gewoon|interpreteren|-1.84
p:is geworden|jij-boodschap|0.51
p:is geworden|interpreteren|0.78
p:is geworden|ondervragen|-0.94
p:is goed|parafrase|-0.95
p:is goed|bekritiseren|-0.99
p:is goed|afronding-aankondigen|-0.99
p:is heel|argumenteren|0.98
p:is heel|afleiden|-0.94
p:is het|ik-boodschap|0.78
p:is het|jij-boodschap|1.21
p:is het|parafrase|-0.95
p:is het|open-vraag|-0.95
p:is het|moraliseren|0.96
p:is het|adviseren|0.83
p:is het|argumenteren|0.84
p:is het|bekritiseren|-1.03
p:is het|geruststellen|-0.99
p:is het|afleiden|0.92
p:is heus|geruststellen|0.62
p:is hij|parafrase|0.76
p:is hij|samenvatting|-0.9
p:is hij|interpreteren|1.0
p:is hij|geruststellen|0.98
p:is hij|ondervragen|0.86
p:is in|bekritiseren|0.72
p:is je|open-vraag|0.93
p:is kader|adviseren|-0.97
p:is maar|gevoelsreflectie|-0.8
p:is maar|argumenteren|-0.82
p:is maar|bekritiseren|0.77
p:is misschien|interpreteren|0.86
p:is moe|samenvatting|1.71
p:is moe|aanmoediging|-0.98
p:is mooi|adviseren|-1.0
p:is mooi|afronding-aankondigen|1.0
p:is mooi|bedanken|-0.89
p:is nemen|ik-boodschap|0.94
p:is netjes|jij-boodschap|-0.98
p:is niet|ik-boodschap|-0.93
p:is niet|jij-boodschap|-1.0
p:is niet|open-vraag|-1.0
p:is niet|waarschuwen|-1.0
p:is niet|moraliseren|1.0
p:is niet|argumenteren|0.96
p:is niet|prijzen|-1.0
p:is niet|geruststellen|0.44
p:is niet|ondervragen|-0.93
p:is niet|bedanken|-1.0
p:is nooit|jij-boodschap|-0.98
p:is normaal|jij-boodschap|-0.76
p:is normaal|geruststellen|0.98
p:is nou|argumenteren|1.87
p:is nou|afleiden|-0.99
p:is nu|argumenteren|0.8
p:is om|samenvatting|-1.0
p:is om|moraliseren|-0.93
p:is om|adviseren|1.0
p:is om|argumenteren|-1.0
p:is om|bekritiseren|-0.98
p:is om|interpreteren|-0.77
p:is om|geruststellen|-1.0
p:is om|afronding-aankondigen|1.99
p:is om|vervolgafspraak|-0.99
p:is onmogelijk|argumenteren|0.94
p:is op|open-vraag|-1.0
p:is op|geruststellen|-1.0
p:is over|interpreteren|0.62
p:is over|geruststellen|0.99
p:is prima|gevoelsreflectie|-1.0
p:is prima|samenvatting|-1.0
p:is sophie|gevoelsreflectie|0.93
p:is t|ik-boodschap|-0.67
p:is te|gevoelsreflectie|1.0
p:is tegen|jij-boodschap|0.99
p:is tegen|samenvatting|-0.82
p:is tegen|open-vraag|-0.99
p:is tegen|bekritiseren|1.81
p:is thuis|geruststellen|-0.77
p:is tijd|argumenteren|-0.97
p:is toch|argumenteren|-0.95
p:is toch|etiketteren|-0.97
p:is toch|afleiden|0.99
p:is typisch|etiketteren|0.79
p:is voldoende|interpreteren|-1.0
p:is voldoende|afronding-aankondigen|-1.0
p:is volgens|argumenteren|-0.51
p:is voor|parafrase|0.97
p:is voor|gevoelsreflectie|-0.99
p:is voor|argumenteren|0.97
p:is vooral|parafrase|0.27
p:is vooral|samenvatting|-0.71
p:is vooral|interpreteren|-0.99
p:is voorzichtig|waarschuwen|-1.0
p:is voorzichtig|prijzen|-1.0
p:is voorzichtig|bedanken|-1.0
p:is werkelijk|moraliseren|-1.0
p:is werkelijk|bekritiseren|1.0
p:is werkelijk|geruststellen|-1.0
p:isa haar|parafrase|-0.9
p:ja ga|gevoelsreflectie|-0.99
p:ja ga|etiketteren|-0.9
p:ja hoor|aanmoediging|-0.96
p:ja hoor|etiketteren|0.14
p:ja hoor|afleiden|-0.87
p:ja ja|aanmoediging|-0.73
p:ja ja|etiketteren|0.92
p:ja kinderen|moraliseren|-0.98
p:ja kinderen|argumenteren|-0.98
p:ja kinderen|geruststellen|-0.98
p:ja meneer|aanmoediging|-0.73
p:ja meneer|etiketteren|0.92
p:ja pubers|afleiden|0.98
p:ja vertel|aanmoediging|2.54
p:ja zo|argumenteren|-0.92
p:ja zullen|open-vraag|-1.0
p:ja zullen|interpreteren|-1.0
p:ja zullen|afleiden|1.0
p:jaar ?|geruststellen|-1.0
p:jaar bij|ondervragen|-1.0
p:jaar met|vervolgafspraak|-0.99
p:jaar weer|waarschuwen|0.93
p:jaarplanning stond|argumenteren|0.94
p:jammer dat|adviseren|-0.99
p:jammer hoe|vervolgafspraak|-1.0
p:jammer misschien|adviseren|0.99
p:jammer misschien|vervolgafspraak|0.99
p:jammer vond|geruststellen|-0.97
p:jammer voor|ik-boodschap|0.99
p:jammer voor|gevoelsreflectie|-0.96
p:jammer want|open-vraag|0.97
p:jammer zullen|vervolgafspraak|0.88
p:jansen geweest|bekritiseren|-1.62
p:jassen uit|bevelen|1.0
p:jayden in|ik-boodschap|-0.92
p:jayden in|gevoelsreflectie|0.91
p:jayden komt|samenvatting|0.91
p:jayden zich|jij-boodschap|-0.73
p:jayden zich|open-vraag|0.95
p:jayden zich|bekritiseren|-0.95
p:jayden zitten|ik-boodschap|-0.96
p:je ?|afleiden|-0.91
p:je aan|jij-boodschap|-0.96
p:je aan|prijzen|-0.92
p:je afspraken|bekritiseren|0.8
p:je als|samenvatting|0.99
p:je als|open-vraag|0.99
p:je altijd|bekritiseren|0.81
p:je amira|ik-boodschap|0.95
p:je amira|gevoelsreflectie|-0.95
p:je baalt|gevoelsreflectie|0.97
p:je bedoelt|parafrase|0.93
p:je belt|bevelen|1.69
p:je belt|vervolgafspraak|-1.79
p:je bent|ik-boodschap|-0.87
p:je bent|jij-boodschap|1.91
p:je bent|parafrase|-0.99
p:je bent|samenvatting|-0.17
p:je bent|open-vraag|-0.99
p:je bent|bevelen|-1.0
p:je bent|moraliseren|-0.99
p:je bent|adviseren|-1.0
p:je bent|etiketteren|1.88
p:je bent|interpreteren|-1.0
p:je bent|geruststellen|-0.1
p:je best|ik-boodschap|-0.95
p:je best|moraliseren|0.95
p:je best|bekritiseren|0.1
p:je biedt|samenvatting|-0.84
p:je biedt|bevelen|0.91
p:je bij|gevoelsreflectie|-1.87
p:je bij|vervolgafspraak|0.92
p:je bijna|ik-boodschap|0.88
p:je bijna|waarschuwen|-0.88
p:je blijft|geruststellen|0.9
p:je boek|parafrase|0.95
p:je boos|geruststellen|-1.67
p:je broer|bevelen|0.85
p:je cijfers|jij-boodschap|-0.11
p:je cijfers|samenvatting|0.99
p:je cijfers|open-vraag|0.99
p:je cijfers|bekritiseren|-0.78
p:je daar|gevoelsreflectie|0.94
p:je daarin|parafrase|0.91
p:je daarna|bekritiseren|-0.58
p:je daarna|afleiden|-0.93
p:je daarom|parafrase|0.96
p:je daarom|samenvatting|-0.73
p:je daarom|waarschuwen|-0.96
p:je dan|ik-boodschap|-0.98
p:je dan|moraliseren|-0.98
p:je dat|gevoelsreflectie|0.9
p:je dat|open-vraag|-0.99
p:je de|ik-boodschap|1.98
p:je de|gevoelsreflectie|-0.92
p:je de|open-vraag|0.93
p:je de|waarschuwen|-0.93
p:je de|bekritiseren|-0.53
p:je de|prijzen|-0.99
p:je de|geruststellen|-0.92
p:je denkt|geruststellen|0.95
p:je deze|open-vraag|-0.94
p:je deze|afleiden|0.94
p:je die|parafrase|0.96
p:je die|samenvatting|-0.73
p:je die|waarschuwen|-0.96
p:je die|moraliseren|-0.95
p:je dit|ik-boodschap|-0.87
p:je dit|samenvatting|-0.99
p:je dit|moraliseren|-0.99
p:je dit|etiketteren|-0.99
p:je docent|ik-boodschap|-0.98
p:je docent|jij-boodschap|0.93
p:je docent|parafrase|-0.91
p:je docent|samenvatting|1.68
p:je docent|moraliseren|1.0
p:je docenten|bevelen|-0.91
p:je dochter|ik-boodschap|0.86
p:je doet|bevelen|0.97
p:je doet|bekritiseren|-2.12
p:je doet|etiketteren|-0.99
p:je donderdag|afronding-aankondigen|0.72
p:je durft|samenvatting|0.84
p:je durft|bekritiseren|-0.84
p:je echt|jij-boodschap|0.92
p:je echt|parafrase|-0.96
p:je een|gevoelsreflectie|-0.94
p:je een|moraliseren|-0.95
p:je eentje|prijzen|-0.99
p:je eerlijk|bevelen|-0.91
p:je eerste|open-vraag|0.93
p:je eigenlijk|open-vraag|-0.98
p:je eigenlijk|waarschuwen|-1.0
p:je eigenlijk|etiketteren|-1.0
p:je eigenlijk|interpreteren|1.0
p:je eigenlijk|ondervragen|-1.0
p:je er|geruststellen|0.99
p:je eruit|ik-boodschap|-0.99
p:je eruit|jij-boodschap|1.42
p:je eruit|waarschuwen|0.99
p:je eruit|bekritiseren|1.89
p:je ervoor|aanmoediging|-0.99
p:je excuses|samenvatting|-0.84
p:je excuses|bevelen|0.91
p:je faalangst|geruststellen|-0.97
p:je gaat|samenvatting|-0.84
p:je gaat|bevelen|1.85
p:je gaat|geruststellen|1.16
p:je geen|parafrase|-0.95
p:je geen|interpreteren|0.95
p:je gekozen|open-vraag|-0.91
p:je gestrest|gevoelsreflectie|0.88
p:je geweldige|bekritiseren|2.31
p:je geweldige|bedanken|-1.75
p:je gewoon|jij-boodschap|-2.8
p:je gewoon|gevoelsreflectie|0.88
p:je gewoon|moraliseren|1.94
p:je gewoon|argumenteren|0.98
p:je gewoon|bekritiseren|-2.56
p:je gisteren|ik-boodschap|0.95
p:je gisteren|jij-boodschap|-0.96
p:je gisteren|gevoelsreflectie|-0.9
p:je gisteren|samenvatting|-0.95
p:je goed|ik-boodschap|-0.96
p:je goed|open-vraag|-0.98
p:je goed|aanmoediging|-0.87
p:je groepsgenoten|bekritiseren|0.55
p:je haalt|geruststellen|1.82
p:je had|ik-boodschap|-0.92
p:je hebt|jij-boodschap|-0.98
p:je hebt|gevoelsreflectie|-0.92
p:je hebt|bekritiseren|-0.92
p:je hebt|ondervragen|-0.81
p:je heel|ik-boodschap|-0.98
p:je heel|gevoelsreflectie|0.98
p:je heel|bekritiseren|0.55
p:je heen|gevoelsreflectie|0.94
p:je heen|open-vraag|0.94
p:je helemaal|geruststellen|0.94
p:je helpen|gevoelsreflectie|-0.92
p:je hem|geruststellen|-0.92
p:je het|ik-boodschap|-0.15
p:je het|gevoelsreflectie|2.87
p:je het|samenvatting|-0.97
p:je het|open-vraag|-0.97
p:je het|waarschuwen|0.99
p:je het|moraliseren|-0.99
p:je het|interpreteren|1.05
p:je hiermee|waarschuwen|0.96
p:je hiermee|interpreteren|-0.96
p:je hoort|jij-boodschap|-0.76
p:je hoort|bevelen|-0.93
p:je hoort|moraliseren|1.0
p:je huiswerk|ik-boodschap|0.92
p:je huiswerk|jij-boodschap|-1.0
p:je huiswerk|parafrase|-0.95
p:je huiswerk|open-vraag|-1.0
p:je huiswerk|bevelen|-0.97
p:je huiswerk|moraliseren|1.0
p:je huiswerk|bekritiseren|-0.56
p:je huiswerk|geruststellen|-1.0
p:je iemand|bevelen|-0.93
p:je in|ik-boodschap|2.82
p:je in|gevoelsreflectie|-0.98
p:je in|open-vraag|-0.97
p:je je|ik-boodschap|-1.02
p:je je|jij-boodschap|-1.0
p:je je|parafrase|0.95
p:je je|open-vraag|-1.0
p:je je|waarschuwen|1.0
p:je je|bekritiseren|0.55
p:je je|geruststellen|-1.0
p:je kamer|ik-boodschap|0.96
p:je kijkt|gevoelsreflectie|2.69
p:je kijkt|open-vraag|0.94
p:je kind|moraliseren|0.98
p:je klasgenoten|jij-boodschap|0.92
p:je komt|bekritiseren|0.8
p:je komt|geruststellen|0.99
p:je laptop|ik-boodschap|0.99
p:je liever|ik-boodschap|-0.96
p:je lina|aanmoediging|0.94
p:je maakt|bekritiseren|-2.98
p:je mag|ik-boodschap|-0.98
p:je me|ik-boodschap|0.94
p:je meldt|waarschuwen|0.88
p:je mentor|vervolgafspraak|0.9
p:je mist|samenvatting|0.99
p:je mist|open-vraag|0.99
p:je moeder|afronding-aankondigen|0.72
p:je moet|gevoelsreflectie|-0.93
p:je naar|waarschuwen|0.92
p:je naar|argumenteren|-0.99
p:je naast|ik-boodschap|0.88
p:je naast|waarschuwen|-0.88
p:je neemt|bekritiseren|0.74
p:je niet|gevoelsreflectie|0.95
p:je niet|open-vraag|-0.99
p:je niet|bevelen|0.85
p:je niet|moraliseren|0.74
p:je niet|etiketteren|0.99
p:je niet|afleiden|-0.99
p:je nieuwe|bevelen|-0.92
p:je niks|ondervragen|0.96
p:je nodig|bekritiseren|-0.93
p:je nog|waarschuwen|-0.93
p:je nou|jij-boodschap|1.82
p:je nou|moraliseren|0.92
p:je nou|argumenteren|-0.92
p:je nou|ondervragen|-0.98
p:je nu|parafrase|-0.99
p:je nu|prijzen|0.99
p:je ogen|bevelen|0.9
p:je om|waarschuwen|0.88
p:je oneerlijk|gevoelsreflectie|0.98
p:je ook|moraliseren|0.99
p:je ook|prijzen|0.99
p:je op|adviseren|0.99
p:je op|interpreteren|-0.71
p:je op|vervolgafspraak|-0.64
p:je opdrachten|ik-boodschap|0.88
p:je opdrachten|waarschuwen|-0.88
p:je oude|samenvatting|0.99
p:je oude|open-vraag|0.99
p:je ouders|ondervragen|1.0
p:je ouders|vervolgafspraak|-0.8
p:je ouders|bedanken|-1.0
p:je pasje|ik-boodschap|-0.91
p:je per|ondervragen|1.0
p:je per|bedanken|-1.0
p:je plaats|bekritiseren|-0.94
p:je plannen|jij-boodschap|-0.92
p:je planner|samenvatting|0.82
p:je praat|bevelen|0.94
p:je rekenmachine|gevoelsreflectie|-0.92
p:je samen|argumenteren|-0.87
p:je samen|interpreteren|-1.0
p:je schaamt|aanmoediging|-0.99
p:je schrijfopdracht|gevoelsreflectie|-0.98
p:je slaap|ik-boodschap|0.96
p:je slaapt|samenvatting|0.99
p:je slaapt|open-vraag|0.99
p:je snapt|parafrase|-0.99
p:je snapt|moraliseren|-0.99
p:je snapt|bekritiseren|-0.56
p:je snapt|prijzen|0.99
p:je snapt|etiketteren|-0.99
p:je spullen|bevelen|1.0
p:je spullen|bekritiseren|0.99
p:je spullen|interpreteren|-1.0
p:je spullen|afleiden|-1.0
p:je staat|waarschuwen|0.97
p:je stage|jij-boodschap|-1.03
p:je stage|bekritiseren|-0.78
p:je stage|ondervragen|-0.99
p:je stage|afleiden|0.96
p:je stagebegeleider|bevelen|1.69
p:je stagebegeleider|vervolgafspraak|-1.79
p:je steeds|open-vraag|0.9
p:je steeds|argumenteren|-0.99
p:je steeds|prijzen|-0.99
p:je telefoon|waarschuwen|1.0
p:je telefoon|moraliseren|-1.0
p:je telefoon|ondervragen|1.0
p:je telefoon|bedanken|-1.0
p:je tien|open-vraag|0.99
p:je tijd|jij-boodschap|1.01
p:je tijd|samenvatting|-0.82
p:je tijd|bevelen|-1.77
p:je tijd|bekritiseren|1.64
p:je toch|jij-boodschap|1.0
p:je toch|moraliseren|0.98
p:je toch|bekritiseren|-1.0
p:je toch|etiketteren|1.0
p:je toen|bekritiseren|-0.58
p:je toen|afleiden|-0.93
p:je vaak|gevoelsreflectie|-0.98
p:je vader|parafrase|0.96
p:je vader|samenvatting|-0.73
p:je vader|bevelen|-1.8
p:je vader|vervolgafspraak|0.86
p:je van|waarschuwen|-0.99
p:je van|geruststellen|-0.97
p:je vandaag|ik-boodschap|-0.91
p:je vanochtend|interpreteren|-0.99
p:je veel|bekritiseren|0.98
p:je verantwoordelijkheid|bevelen|-0.85
p:je vergist|prijzen|-0.99
p:je verpest|jij-boodschap|0.92
p:je verpest|bekritiseren|2.83
p:je vertellen|parafrase|-1.0
p:je vertellen|bekritiseren|-1.0
p:je verzint|bekritiseren|-2.16
p:je verzuim|jij-boodschap|-1.03
p:je verzuim|bekritiseren|-0.78
p:je vindt|parafrase|-0.95
p:je vindt|open-vraag|-0.95
p:je voelt|gevoelsreflectie|0.98
p:je voetbalwedstrijd|open-vraag|-0.93
p:je voetbalwedstrijd|afleiden|0.93
p:je vorige|geruststellen|-0.97
p:je vrienden|samenvatting|0.99
p:je vrienden|open-vraag|0.99
p:je vrije|ik-boodschap|-0.87
p:je vrije|moraliseren|-0.99
p:je vrije|etiketteren|-0.99
p:je want|bekritiseren|0.8
p:je wat|gevoelsreflectie|-0.92
p:je weer|vervolgafspraak|0.92
p:je weer|bedanken|0.92
p:je weet|gevoelsreflectie|-0.98
p:je weet|samenvatting|0.82
p:je weet|bevelen|-0.91
p:je wel|samenvatting|-0.99
p:je wel|vervolgafspraak|0.92
p:je wel|bedanken|1.91
p:je werk|geruststellen|-0.86
p:je wil|gevoelsreflectie|-0.98
p:je wil|samenvatting|0.82
p:je wil|open-vraag|-0.95
p:je wist|ik-boodschap|-0.92
p:je woensdag|vervolgafspraak|0.96
p:je wordt|ik-boodschap|0.98
p:je zegt|parafrase|1.0
p:je zegt|samenvatting|-0.97
p:je zegt|bevelen|-0.91
p:je zegt|moraliseren|-1.0
p:je zegt|argumenteren|0.96
p:je zegt|interpreteren|0.29
p:je zegt|geruststellen|-0.92
p:je zelf|gevoelsreflectie|-0.98
p:je zelf|bedanken|1.0
p:je zenuwachtig|geruststellen|1.72
p:je zit|ik-boodschap|0.96
p:je zo|moraliseren|-0.77
p:je zo|adviseren|-0.99
p:je zo|etiketteren|-1.0
p:je zo|interpreteren|1.0
p:je zo|ondervragen|-1.0
p:je zomaar|bekritiseren|0.95
p:je zoveel|interpreteren|1.7
p:jesse een|parafrase|0.84
p:jesse een|samenvatting|-0.77
p:jesse geen|bekritiseren|-0.89
p:jesse kijk|bevelen|0.94
p:jesse toch|aanmoediging|-1.0
p:jesse toch|prijzen|-1.0
p:jesse volgende|bevelen|-0.82
p:jij altijd|afleiden|-0.91
p:jij baalt|gevoelsreflectie|0.95
p:jij bent|jij-boodschap|-0.23
p:jij bent|samenvatting|-0.91
p:jij bent|moraliseren|0.99
p:jij bent|adviseren|-0.97
p:jij bent|bekritiseren|-1.81
p:jij bent|prijzen|1.0
p:jij bent|etiketteren|-0.14
p:jij bent|geruststellen|-0.89
p:jij blijft|bekritiseren|-0.99
p:jij daartegenaan|open-vraag|0.99
p:jij dat|afleiden|-0.99
p:jij doet|jij-boodschap|-0.58
p:jij doet|aanmoediging|-1.0
p:jij doet|interpreteren|1.0
p:jij doet|afronding-aankondigen|-1.0
p:jij door|ik-boodschap|0.99
p:jij door|waarschuwen|-0.99
p:jij en|ik-boodschap|1.0
p:jij en|waarschuwen|-1.0
p:jij en|interpreteren|-1.0
p:jij er|ik-boodschap|0.92
p:jij er|jij-boodschap|0.65
p:jij er|bekritiseren|2.37
p:jij er|prijzen|-0.92
p:jij er|interpreteren|-1.84
p:jij gaat|parafrase|-0.91
p:jij gaat|samenvatting|0.86
p:jij gaat|bevelen|0.93
p:jij hebt|jij-boodschap|0.99
p:jij hebt|samenvatting|-0.82
p:jij hebt|open-vraag|-0.99
p:jij hebt|bevelen|-0.97
p:jij hebt|bekritiseren|1.91
p:jij je|ik-boodschap|-0.98
p:jij je|jij-boodschap|0.92
p:jij je|parafrase|-0.95
p:jij je|samenvatting|0.82
p:jij kunt|adviseren|-0.97
p:jij kunt|prijzen|0.97
p:jij lui|jij-boodschap|-0.22
p:jij lui|geruststellen|1.55
p:jij maakt|bekritiseren|0.44
p:jij ruimt|jij-boodschap|-0.94
p:jij tegen|bevelen|0.85
p:jij verpest|ik-boodschap|-0.99
p:jij verpest|jij-boodschap|1.42
p:jij verpest|waarschuwen|0.99
p:jij verpest|bekritiseren|-1.51
p:jij vindt|jij-boodschap|0.93
p:jij vindt|bekritiseren|0.95
p:jij zegt|parafrase|0.95
p:jij zegt|bekritiseren|-0.53
p:jij zit|jij-boodschap|1.01
p:jij zit|samenvatting|-0.82
p:jij zit|bekritiseren|0.76
p:jij zit|ondervragen|-1.0
p:jij zoekt|jij-boodschap|-0.41
p:joep en|ik-boodschap|-0.99
p:joep en|jij-boodschap|1.42
p:joep en|waarschuwen|0.99
p:joep en|bekritiseren|1.88
p:joh dat|afleiden|-0.89
p:joh een|gevoelsreflectie|0.97
p:joh na|jij-boodschap|-1.0
p:joh na|bekritiseren|-1.0
p:joh over|geruststellen|0.94
p:jongen als|prijzen|0.99
p:jongen van|bekritiseren|0.82
p:jou ?|samenvatting|-0.82
p:jou ?|open-vraag|-0.99
p:jou ?|bekritiseren|1.81
p:jou dat|open-vraag|0.9
p:jou echt|gevoelsreflectie|0.95
p:jou echt|etiketteren|-0.72
p:jou helpen|bekritiseren|-0.36
p:jou herhalen|open-vraag|0.99
p:jou komt|geruststellen|-0.97
p:jou was|ik-boodschap|-0.95
p:jouw plaats|adviseren|0.94
p:jullie ?|ik-boodschap|0.99
p:jullie controleren|bekritiseren|-1.39
p:jullie de|ik-boodschap|0.91
p:jullie de|waarschuwen|-0.91
p:jullie denken|prijzen|0.91
p:jullie doen|bekritiseren|0.88
p:jullie eigenlijk|bekritiseren|1.35
p:jullie er|bekritiseren|-0.52
p:jullie grijpen|bekritiseren|0.25
p:jullie hebben|bekritiseren|1.69
p:jullie het|bekritiseren|0.98
p:jullie het|prijzen|0.91
p:jullie in|ik-boodschap|0.99
p:jullie kunnen|jij-boodschap|-0.89
p:jullie letten|jij-boodschap|0.99
p:jullie letten|argumenteren|-0.98
p:jullie letten|bekritiseren|-0.96
p:jullie leuke|prijzen|-0.99
p:jullie melden|ik-boodschap|-0.96
p:jullie melden|waarschuwen|0.96
p:jullie moeten|bevelen|0.96
p:jullie moeten|adviseren|-0.96
p:jullie moeten|bekritiseren|-0.77
p:jullie nemen|etiketteren|-0.96
p:jullie reageren|jij-boodschap|1.09
p:jullie reageren|waarschuwen|-0.92
p:jullie reageren|bekritiseren|1.7
p:jullie thuis|ik-boodschap|0.97
p:jullie verwennen|bekritiseren|0.7
p:jullie vinden|parafrase|1.0
p:jullie was|bekritiseren|0.25
p:jullie wel|bekritiseren|-0.52
p:jullie zijn|bevelen|-0.93
p:jullie zijn|moraliseren|-1.0
p:jullie zijn|bekritiseren|-2.69
p:jullie zijn|etiketteren|0.97
p:jullie zitten|waarschuwen|-0.97
p:jullie zitten|etiketteren|-0.97
p:kader in|adviseren|-0.97
p:kamer ?|bekritiseren|-0.83
p:kamer ?|vervolgafspraak|-0.99
p:kamer leggen|ik-boodschap|0.96
p:kamp ?|waarschuwen|-0.76
p:kamp ?|ondervragen|-1.0
p:kamp ?|afleiden|0.91
p:kamp het|samenvatting|0.84
p:kamp het|bekritiseren|-0.84
p:kamp hè|gevoelsreflectie|0.95
p:kampweek en|parafrase|-0.93
p:kampweek en|samenvatting|0.93
p:kan afronden|ik-boodschap|0.86
p:kan dat|prijzen|0.97
p:kan doen|ik-boodschap|0.97
p:kan er|ik-boodschap|0.99
p:kan geven|bekritiseren|-0.89
p:kan hem|waarschuwen|0.95
p:kan het|jij-boodschap|0.96
p:kan het|open-vraag|0.97
p:kan het|bekritiseren|0.33
p:kan hij|open-vraag|-0.99
p:kan hij|geruststellen|-0.99
p:kan hij|vervolgafspraak|0.28
p:kan ik|ik-boodschap|-0.74
p:kan ik|parafrase|-0.95
p:kan ik|open-vraag|1.01
p:kan ik|bevelen|-1.0
p:kan ik|argumenteren|-0.1
p:kan ik|vervolgafspraak|-0.96
p:kan me|ik-boodschap|-0.99
p:kan me|gevoelsreflectie|0.94
p:kan me|interpreteren|-0.99
p:kan me|geruststellen|-0.99
p:kan missen|argumenteren|-0.96
p:kan toch|prijzen|0.99
p:kan uw|ik-boodschap|0.93
p:kan vanaf|bevelen|-0.91
p:kan ze|ik-boodschap|1.88
p:kan ze|vervolgafspraak|0.95
p:kan zijn|ik-boodschap|-0.92
p:kans krijgt|samenvatting|0.87
p:kans om|ik-boodschap|0.8
p:kant op|parafrase|-1.0
p:keer bedankt|waarschuwen|-0.6
p:keer bedankt|bedanken|1.0
p:keer beter|bevelen|-0.82
p:keer bij|ik-boodschap|-0.92
p:keer dat|waarschuwen|0.63
p:keer en|bevelen|-0.81
p:keer gebeurt|parafrase|-0.95
p:keer heb|ik-boodschap|-0.8
p:keer je|ik-boodschap|0.92
p:keer je|gevoelsreflectie|-0.92
p:keer je|bekritiseren|-0.56
p:keer kort|samenvatting|0.73
p:keer schuift|vervolgafspraak|1.54
p:keer spijbelt|moraliseren|-0.92
p:keer te|waarschuwen|0.88
p:keer te|argumenteren|0.94
p:keer te|afleiden|1.0
p:keer te|vervolgafspraak|-0.8
p:keer vecht|bevelen|-0.92
p:keer zie|bevelen|0.83
p:keer zie|prijzen|-0.97
p:keer zo'n|bekritiseren|-0.52
p:kerst gaat|jij-boodschap|-1.0
p:kerst gaat|bekritiseren|-1.0
p:keuken leggen|waarschuwen|-0.87
p:keuken leggen|adviseren|1.97
p:keulen hebben|samenvatting|-0.93
p:keuzevak ?|open-vraag|-0.91
p:kevin vorige|ik-boodschap|0.94
p:kiezen ?|bekritiseren|-0.76
p:kiezen om|vervolgafspraak|-0.99
p:kijk donderdag|waarschuwen|-1.0
p:kijk donderdag|vervolgafspraak|1.0
p:kijk het|etiketteren|-0.97
p:kijk je|ik-boodschap|0.92
p:kijk je|bekritiseren|-0.56
p:kijk jij|open-vraag|0.99
p:kijk me|bevelen|0.94
p:kijk met|jij-boodschap|-0.98
p:kijk met|argumenteren|0.98
p:kijk met|bekritiseren|-0.98
p:kijk zo|ik-boodschap|-0.76
p:kijk zo|argumenteren|0.76
p:kijken hoe|samenvatting|1.0
p:kijken hoe|vervolgafspraak|1.0
p:kijken hoe|bedanken|-1.0
p:kijken wat|vervolgafspraak|0.95
p:kijken we|ik-boodschap|-0.98
p:kijken we|parafrase|-0.91
p:kijken we|samenvatting|0.72
p:kijken we|afronding-aankondigen|-0.96
p:kijkt een|gevoelsreflectie|1.75
p:kijkt er|gevoelsreflectie|0.94
p:kijkt er|open-vraag|0.94
p:kijkt gewoon|parafrase|-1.0
p:kijkt heb|adviseren|-0.99
p:kijkt moet|open-vraag|-0.98
p:kijkt moet|bevelen|-0.98
p:kijkt u|jij-boodschap|-0.73
p:kijkt u|open-vraag|0.95
p:kijkt u|bekritiseren|-0.95
p:kind is|parafrase|-1.0
p:kind is|moraliseren|1.0
p:kind is|bekritiseren|-1.0
p:kind moet|moraliseren|0.98
p:kind moet|adviseren|-0.98
p:kind op|jij-boodschap|-0.93
p:kind te|moraliseren|0.98
p:kind van|argumenteren|-0.96
p:kinderen en|parafrase|-1.0
p:kinderen he|moraliseren|-0.98
p:kinderen he|argumenteren|-0.98
p:kinderen he|geruststellen|-0.98
p:kinderen hebben|geruststellen|0.96
p:kinderen horen|moraliseren|0.95
p:kinderen horen|adviseren|-0.83
p:kinderen kunnen|open-vraag|-0.96
p:kinderen van|geruststellen|0.94
p:kinderen van|afleiden|-0.94
p:kinderen vergeten|geruststellen|0.95
p:klaagt hoe|parafrase|1.0
p:klaagt hoe|gevoelsreflectie|-1.0
p:klaagt hoe|open-vraag|1.0
p:klaar is|afronding-aankondigen|-0.96
p:klaar mee|ik-boodschap|-0.99
p:klaar mee|aanmoediging|-0.94
p:klaar mee|prijzen|-0.99
p:klas ?|afleiden|-0.99
p:klas bij|ik-boodschap|0.94
p:klas binnenliep|bedanken|-0.94
p:klas bram|bekritiseren|0.53
p:klas dat|geruststellen|0.96
p:klas dus|adviseren|-0.97
p:klas dus|prijzen|0.97
p:klas en|gevoelsreflectie|-0.9
p:klas en|samenvatting|-0.95
p:klas gelijk|parafrase|0.97
p:klas gelijk|argumenteren|0.97
p:klas haalde|argumenteren|0.96
p:klas het|ik-boodschap|-0.98
p:klas het|vervolgafspraak|-0.98
p:klas hoe|open-vraag|0.98
p:klas is|jij-boodschap|-0.42
p:klas is|samenvatting|0.95
p:klas is|bevelen|0.9
p:klas is|argumenteren|-0.9
p:klas joep|ik-boodschap|-0.99
p:klas joep|jij-boodschap|1.42
p:klas joep|waarschuwen|0.99
p:klas joep|bekritiseren|1.88
p:klas krijgt|parafrase|0.84
p:klas krijgt|samenvatting|-0.77
p:klas maar|interpreteren|0.62
p:klas maar|geruststellen|0.99
p:klas mila|samenvatting|-0.91
p:klas om|open-vraag|0.98
p:klas roept|ik-boodschap|0.99
p:klas roept|waarschuwen|-0.99
p:klas te|interpreteren|-0.94
p:klas tijd|open-vraag|0.99
p:klas uitgelachen|argumenteren|-0.96
p:klas wat|open-vraag|0.95
p:klasgenoot hielp|ik-boodschap|0.94
p:kletsen moet|vervolgafspraak|-0.99
p:kleuter luuk|jij-boodschap|0.91
p:kleuter luuk|etiketteren|0.91
p:kleuterachtig gedoe|bekritiseren|-0.81
p:kleuterachtig gedoe|etiketteren|1.77
p:klinkt alsof|ik-boodschap|-0.98
p:klinkt alsof|parafrase|-0.97
p:klinkt alsof|gevoelsreflectie|1.93
p:klinkt echt|ik-boodschap|-1.0
p:klinkt echt|jij-boodschap|-1.0
p:klinkt echt|parafrase|-1.0
p:klinkt echt|gevoelsreflectie|1.0
p:klinkt echt|samenvatting|-1.0
p:klinkt echt|open-vraag|-1.0
p:klinkt echt|aanmoediging|-1.0
p:klinkt echt|bevelen|-1.0
p:klinkt echt|waarschuwen|-1.0
p:klinkt echt|moraliseren|-1.0
p:klinkt echt|adviseren|-1.0
p:klinkt echt|argumenteren|-1.0
p:klinkt echt|bekritiseren|-1.0
p:klinkt echt|prijzen|-1.0
p:klinkt echt|etiketteren|-1.0
p:klinkt echt|interpreteren|-1.0
p:klinkt echt|geruststellen|-1.0
p:klinkt echt|ondervragen|-1.0
p:klinkt echt|afleiden|-1.0
p:klinkt echt|afronding-aankondigen|-1.0
p:klinkt echt|vervolgafspraak|-1.0
p:klinkt echt|bedanken|-1.0
p:klopt dat|samenvatting|0.95
p:klopt dat|aanmoediging|-0.98
p:klopt niet|argumenteren|0.99
p:klopt niet|geruststellen|-0.87
p:kluisjes staat|ik-boodschap|0.85
p:kluisjes staat|open-vraag|-0.97
p:knap dat|bekritiseren|-0.92
p:knap hoor|prijzen|0.97
p:koffie of|ondervragen|-0.96
p:koffie pakken|afleiden|0.98
p:kom ik|ik-boodschap|1.0
p:kom ik|waarschuwen|-1.0
p:kom ik|interpreteren|-1.0
p:kom je|ik-boodschap|0.88
p:kom je|waarschuwen|-0.88
p:kom je|argumenteren|0.98
p:kom je|bekritiseren|-0.18
p:kom je|ondervragen|-0.98
p:kom op|moraliseren|-0.93
p:kom we|afleiden|0.86
p:komen ?|bekritiseren|-0.36
p:komen dat|jij-boodschap|-0.76
p:komen huiswerk|ik-boodschap|-0.99
p:komen opdagen|adviseren|-0.99
p:komst ik|afronding-aankondigen|-1.67
p:komst we|samenvatting|-0.8
p:komt allemaal|geruststellen|0.91
p:komt doordat|bekritiseren|-0.88
p:komt doordat|geruststellen|-0.99
p:komt echt|adviseren|-0.82
p:komt er|geruststellen|1.59
p:komt er|bedanken|-0.99
p:komt geen|argumenteren|-0.86
p:komt gewoon|geruststellen|-0.97
p:komt goed|open-vraag|1.0
p:komt goed|adviseren|0.85
p:komt goed|geruststellen|1.0
p:komt goed|afleiden|-0.86
p:komt helemaal|adviseren|-1.0
p:komt helemaal|geruststellen|1.0
p:komt het|open-vraag|0.9
p:komt het|prijzen|-0.62
p:komt hij|ondervragen|0.98
p:komt je|bekritiseren|0.8
p:komt later|open-vraag|-0.94
p:komt later|afleiden|0.94
p:komt mist|ik-boodschap|0.98
p:komt mist|vervolgafspraak|0.88
p:komt omdat|bevelen|-1.0
p:komt omdat|interpreteren|1.0
p:komt omdat|afleiden|-1.0
p:komt ook|gevoelsreflectie|-1.0
p:komt ook|bekritiseren|1.0
p:komt opdagen|ik-boodschap|-0.99
p:komt opdagen|jij-boodschap|1.75
p:komt opdagen|bekritiseren|1.61
p:komt over|geruststellen|-0.9
p:komt vaak|samenvatting|0.91
p:komt vanzelf|afleiden|-0.89
p:komt volgende|vervolgafspraak|-1.76
p:komt volgens|geruststellen|-0.47
p:komt wat|parafrase|-0.81
p:komt wel|open-vraag|-1.0
p:komt wel|interpreteren|0.62
p:komt wel|geruststellen|1.98
p:komt zo|bevelen|-1.8
p:komt zo|geruststellen|-0.53
p:kon doen|parafrase|0.95
p:kon maken|gevoelsreflectie|-0.92
p:kon maken|adviseren|0.99
p:kon maken|vervolgafspraak|0.99
p:kon uploaden|geruststellen|-0.92
p:kon zijn|gevoelsreflectie|-1.0
p:kon zijn|interpreteren|-1.0
p:kopen ?|adviseren|0.99
p:kopje koffie|afleiden|0.98
p:kort ayoub|samenvatting|0.73
p:kort te|parafrase|-1.0
p:kort te|samenvatting|1.0
p:kortom het|ik-boodschap|-0.99
p:kortom het|gevoelsreflectie|-1.0
p:kortom het|samenvatting|1.0
p:kortom hij|ondervragen|-1.0
p:kortom jij|jij-boodschap|2.0
p:kortom jij|samenvatting|-1.64
p:kortom jij|open-vraag|-0.99
p:kortom jij|bevelen|-0.82
p:kortom jij|bekritiseren|3.45
p:kortom meer|samenvatting|0.83
p:kortom meer|bekritiseren|-0.94
p:kortom meer|bedanken|0.14
p:kortom thuis|afleiden|-0.91
p:kortom u|parafrase|-0.99
p:kortom volgens|jij-boodschap|-0.93
p:kortom we|samenvatting|1.92
p:kortom we|afronding-aankondigen|0.96
p:kortom we|bedanken|0.9
p:kortzichtige manier|jij-boodschap|-0.97
p:kortzichtige reactie|argumenteren|-0.84
p:kortzichtige reactie|bekritiseren|0.95
p:kost de|open-vraag|0.99
p:kreeg geen|gevoelsreflectie|0.92
p:kreeg geen|vervolgafspraak|0.92
p:krijg je|moraliseren|-0.95
p:krijgen van|bekritiseren|-0.25
p:krijgt bijles|bedanken|0.9
p:krijgt een|prijzen|-0.92
p:krijgt en|vervolgafspraak|0.93
p:krijgt geen|argumenteren|0.91
p:krijgt hij|samenvatting|-0.87
p:krijgt hij|bekritiseren|-0.98
p:krijgt hij|afleiden|-0.96
p:krijgt ze|waarschuwen|1.0
p:krijgt ze|geruststellen|-1.0
p:kringetjes blijven|vervolgafspraak|-0.92
p:kritiek op|jij-boodschap|1.56
p:kritiek op|samenvatting|-0.63
p:kritiek op|bekritiseren|1.4
p:kun je|ik-boodschap|0.99
p:kun je|parafrase|-1.0
p:kun je|adviseren|0.97
p:kun je|bekritiseren|-1.0
p:kunnen afwijken|prijzen|0.93
p:kunnen altijd|jij-boodschap|-0.89
p:kunnen dan|open-vraag|-0.96
p:kunnen de|ik-boodschap|0.99
p:kunnen de|waarschuwen|-0.99
p:kunnen gaan|prijzen|-0.94
p:kunnen helpen|adviseren|0.9
p:kunnen lezen|ik-boodschap|-1.79
p:kunnen lezen|parafrase|0.95
p:kunnen maken|argumenteren|0.92
p:kunnen voorkomen|bekritiseren|0.96
p:kunnen vragen|adviseren|0.96
p:kunnen we|ik-boodschap|0.91
p:kunnen we|vervolgafspraak|0.95
p:kunt best|adviseren|-0.97
p:kunt best|prijzen|0.97
p:kunt dit|interpreteren|-0.93
p:kunt er|vervolgafspraak|-0.99
p:kunt hem|adviseren|0.85
p:kunt het|adviseren|1.95
p:kunt inhalen|ik-boodschap|-0.87
p:kunt inhalen|moraliseren|-0.99
p:kunt inhalen|etiketteren|-0.99
p:kunt mij|bekritiseren|-0.98
p:kunt op|parafrase|-0.99
p:kunt op|prijzen|0.99
p:kunt u|ik-boodschap|0.94
p:kunt u|jij-boodschap|0.93
p:kunt u|gevoelsreflectie|-0.96
p:kunt u|open-vraag|0.9
p:kunt u|adviseren|1.02
p:kunt u|vervolgafspraak|0.99
p:kwaad bent|gevoelsreflectie|0.99
p:kwaad maar|gevoelsreflectie|0.93
p:kwaad maar|interpreteren|0.93
p:kwam ze|open-vraag|-1.0
p:kwam ze|ondervragen|1.0
p:kwart over|bevelen|0.98
p:kwestie van|geruststellen|0.97
p:kwetst me|ik-boodschap|0.94
p:kwijt en|samenvatting|-1.0
p:kwijt en|argumenteren|-0.99
p:laag maar|parafrase|0.97
p:laag maar|argumenteren|0.97
p:laat ?|jij-boodschap|0.98
p:laat ?|bekritiseren|-0.58
p:laat ?|afleiden|-0.93
p:laat ben|jij-boodschap|-0.96
p:laat bent|open-vraag|0.9
p:laat binnenkomt|open-vraag|0.99
p:laat daar|afleiden|1.0
p:laat dan|jij-boodschap|-0.96
p:laat dat|jij-boodschap|-0.98
p:laat en|waarschuwen|0.88
p:laat en|vervolgafspraak|-0.8
p:laat gaat|bekritiseren|-0.83
p:laat gaat|vervolgafspraak|-0.99
p:laat gereageerd|parafrase|1.0
p:laat gereageerd|samenvatting|-1.0
p:laat haar|waarschuwen|-0.99
p:laat hem|bevelen|-1.69
p:laat hem|moraliseren|0.93
p:laat hem|bekritiseren|-0.8
p:laat hem|geruststellen|0.94
p:laat het|waarschuwen|-1.0
p:laat het|bekritiseren|0.71
p:laat het|vervolgafspraak|1.0
p:laat hij|jij-boodschap|0.86
p:laat hij|samenvatting|0.91
p:laat ik|waarschuwen|1.86
p:laat ik|adviseren|-1.0
p:laat in|bekritiseren|-2.24
p:laat ingeleverd|prijzen|-0.92
p:laat is|gevoelsreflectie|-0.98
p:laat is|samenvatting|0.82
p:laat is|bekritiseren|0.93
p:laat is|etiketteren|-1.0
p:laat is|afleiden|-1.0
p:laat kan|ik-boodschap|0.99
p:laat komen|ik-boodschap|-0.99
p:laat komen|argumenteren|0.94
p:laat komt|parafrase|-1.0
p:laat komt|moraliseren|-0.95
p:laat komt|bekritiseren|-1.0
p:laat komt|vervolgafspraak|0.88
p:laat kwam|open-vraag|-1.0
p:laat kwam|ondervragen|1.0
p:laat liggen|parafrase|-0.9
p:laat me|bekritiseren|1.17
p:laat mij|bevelen|0.82
p:laat op|gevoelsreflectie|-1.0
p:laat op|bekritiseren|1.0
p:laat te|bekritiseren|0.86
p:laat u|adviseren|0.87
p:laat u|bekritiseren|-0.76
p:laat u|vervolgafspraak|0.93
p:laat waardoor|vervolgafspraak|-1.0
p:laat ze|prijzen|-0.99
p:laatste drie|adviseren|0.99
p:laatste drie|vervolgafspraak|0.99
p:laatste keer|waarschuwen|0.63
p:laatste twee|ik-boodschap|0.99
p:laatste twee|vervolgafspraak|-0.72
p:laatste woord|afleiden|-0.91
p:lage cijfers|samenvatting|0.73
p:laks met|bekritiseren|0.95
p:lang zijn|bekritiseren|0.79
p:langs te|bekritiseren|-0.92
p:langs te|vervolgafspraak|-0.93
p:langst dat|moraliseren|0.96
p:lapt alle|jij-boodschap|0.58
p:lapt alle|bekritiseren|0.38
p:laptop na|moraliseren|-0.93
p:laptop niet|ik-boodschap|0.99
p:laptop om|adviseren|0.92
p:laptop steeds|ik-boodschap|0.99
p:las wist|vervolgafspraak|-0.97
p:lastig ?|gevoelsreflectie|0.97
p:lastig in|open-vraag|-1.0
p:lastig in|geruststellen|-1.0
p:lastig is|gevoelsreflectie|-0.8
p:lastig is|bekritiseren|0.77
p:lastig vindt|bekritiseren|-0.73
p:lastig vond|bekritiseren|-0.95
p:lastig vond|prijzen|-0.95
p:lastige situatie|argumenteren|-0.9
p:lastpak tygo|etiketteren|0.97
p:lat veel|bekritiseren|0.35
p:laten ?|vervolgafspraak|-0.8
p:laten dan|afronding-aankondigen|0.72
p:laten dank|samenvatting|0.83
p:laten dank|bekritiseren|-0.94
p:laten dank|afronding-aankondigen|0.83
p:laten dank|bedanken|0.94
p:laten denk|adviseren|-0.99
p:laten denk|interpreteren|0.82
p:laten en|afronding-aankondigen|0.98
p:laten en|vervolgafspraak|0.98
p:laten gaan|bekritiseren|0.79
p:laten liggen|parafrase|0.95
p:laten logeren|vervolgafspraak|-0.99
p:laten plannen|adviseren|0.85
p:laten rusten|samenvatting|-0.93
p:laten schieten|bekritiseren|-0.47
p:laten versloffen|bekritiseren|0.98
p:laten voor|afleiden|-0.98
p:laten voor|afronding-aankondigen|0.98
p:laten voor|bedanken|-0.99
p:laten wachten|ik-boodschap|0.93
p:laten we|samenvatting|-0.93
p:laten we|bevelen|-1.0
p:laten we|geruststellen|-0.96
p:laten we|afleiden|0.97
p:laten we|afronding-aankondigen|-0.26
p:laten we|vervolgafspraak|-0.91
p:laten we|bedanken|-0.99
p:laten zien|ik-boodschap|0.8
p:later binnenkomt|ik-boodschap|-0.97
p:later wel|open-vraag|-0.94
p:later wel|geruststellen|-0.97
p:later wel|afleiden|0.94
p:leeftijd allemaal|geruststellen|-0.91
p:leeftijd allemaal|afleiden|0.91
p:leek het|jij-boodschap|0.58
p:leek het|bekritiseren|0.38
p:leerling heb|moraliseren|0.92
p:leerling heb|argumenteren|-0.92
p:leerling hoor|prijzen|-0.92
p:leerling maar|argumenteren|0.94
p:leerling met|etiketteren|-0.97
p:leerling mila|moraliseren|0.99
p:leerling mila|prijzen|0.99
p:leerlingen met|argumenteren|0.87
p:leerlingen van|samenvatting|-0.91
p:leerlingen waardoor|ik-boodschap|-0.84
p:leerplichtambtenaar in|waarschuwen|0.74
p:leert haalt|argumenteren|0.84
p:leest de|bekritiseren|0.99
p:leg die|bevelen|0.83
p:leg die|prijzen|-0.97
p:legt de|bekritiseren|0.35
p:legt mist|open-vraag|1.0
p:lekker bezig|bekritiseren|1.67
p:lekker bezig|etiketteren|-0.92
p:lekker in|moraliseren|-0.97
p:leraar zei|moraliseren|0.98
p:leren dat|moraliseren|0.98
p:leren dat|adviseren|-0.98
p:leren in|adviseren|0.97
p:leren je|bevelen|-0.85
p:leren klaar|gevoelsreflectie|-0.93
p:les blijven|ik-boodschap|1.0
p:les blijven|waarschuwen|-1.0
p:les blijven|interpreteren|-1.0
p:les de|open-vraag|-0.96
p:les en|argumenteren|-0.95
p:les even|bekritiseren|-0.99
p:les niet|open-vraag|0.97
p:les op|open-vraag|1.0
p:les steeds|ik-boodschap|-0.94
p:les steeds|open-vraag|1.0
p:les stilleggen|bedanken|-0.94
p:les te|argumenteren|-0.99
p:les te|bekritiseren|0.99
p:les te|etiketteren|-0.99
p:les uit|open-vraag|-0.99
p:les voor|bekritiseren|0.53
p:les voorbij|ik-boodschap|-0.95
p:les wegzakt|ik-boodschap|0.94
p:lessen en|jij-boodschap|-0.41
p:lessen en|samenvatting|0.98
p:lessen geef|bekritiseren|0.94
p:let gewoon|bekritiseren|0.83
p:let maar|geruststellen|0.99
p:let op|waarschuwen|0.88
p:let thuis|samenvatting|1.0
p:let thuis|adviseren|-1.0
p:let thuis|afronding-aankondigen|-1.0
p:letten gewoon|jij-boodschap|0.99
p:letten gewoon|bekritiseren|-2.54
p:letten op|samenvatting|0.94
p:letten thuis|argumenteren|-0.98
p:letten thuis|bekritiseren|1.58
p:leuk dat|jij-boodschap|-0.92
p:leuk dat|bekritiseren|-0.58
p:leuk dat|prijzen|-0.92
p:leuk te|samenvatting|-0.95
p:leuke plannen|prijzen|-0.99
p:leukste leerlingen|samenvatting|-0.91
p:lever dat|bevelen|1.73
p:liegen niet|waarschuwen|-0.86
p:liegen niet|moraliseren|0.95
p:liegen niet|argumenteren|-0.34
p:lieke tijdens|open-vraag|-0.98
p:lieke tijdens|bevelen|-0.98
p:lieke vindt|samenvatting|0.6
p:lieke vindt|open-vraag|-0.98
p:liever naar|open-vraag|-0.98
p:liever niet|ik-boodschap|-0.96
p:liever niet|afleiden|0.91
p:lig ik|etiketteren|-1.0
p:lig je|ik-boodschap|-0.99
p:lig je|jij-boodschap|1.42
p:lig je|waarschuwen|0.99
p:lig je|bekritiseren|1.88
p:liggen en|parafrase|0.95
p:liggen en|vervolgafspraak|-0.91
p:liggen waardoor|parafrase|-0.9
p:ligt er|open-vraag|-1.0
p:ligt gewoon|interpreteren|0.94
p:ligt het|jij-boodschap|-0.93
p:ligt maar|geruststellen|0.99
p:lijkt er|gevoelsreflectie|0.97
p:lijkt er|bekritiseren|-0.8
p:lijkt erop|gevoelsreflectie|1.0
p:lijkt erop|adviseren|-0.83
p:lina haar|ik-boodschap|0.99
p:logisch dat|argumenteren|0.78
p:logisch dat|etiketteren|-0.97
p:lokaal 14|vervolgafspraak|0.92
p:lokaal gaan|ik-boodschap|0.99
p:los te|adviseren|-0.99
p:los te|bekritiseren|-0.73
p:los te|interpreteren|0.82
p:lossen we|argumenteren|-1.0
p:lossen we|prijzen|-1.0
p:lossen we|interpreteren|-1.0
p:lossen we|geruststellen|1.0
p:lossen we|bedanken|-1.0
p:lotte haar|ik-boodschap|0.89
p:lucas zijn|waarschuwen|0.87
p:lui bent|jij-boodschap|-0.22
p:lui bent|geruststellen|1.55
p:lui is|jij-boodschap|0.51
p:lui is|interpreteren|0.78
p:lui om|jij-boodschap|1.0
p:lui om|bevelen|-1.0
p:lui om|adviseren|-1.0
p:lui om|bekritiseren|1.78
p:lui om|etiketteren|1.94
p:lui om|interpreteren|-1.0
p:lui om|geruststellen|-1.0
p:luister naar|aanmoediging|0.94
p:luistert gewoon|bekritiseren|1.88
p:luistert niet|bekritiseren|0.97
p:luistert u|bevelen|0.82
p:lukt dit|bekritiseren|-0.92
p:lukt het|parafrase|0.93
p:lukt het|geruststellen|-0.93
p:lukt u|prijzen|0.67
p:lukt vast|adviseren|-1.0
p:lukt vast|bekritiseren|-1.0
p:lukt vast|prijzen|1.0
p:lunch hoe|ik-boodschap|0.99
p:luuk zijn|adviseren|-0.9
p:maak ik|samenvatting|-0.99
p:maak ik|vervolgafspraak|0.99
p:maak je|bevelen|0.85
p:maak me|parafrase|-1.0
p:maak me|open-vraag|-1.0
p:maak me|bekritiseren|-1.0
p:maak me|geruststellen|-1.0
p:maak me|afleiden|-1.0
p:maak me|vervolgafspraak|-1.97
p:maak u|geruststellen|0.94
p:maakt ?|ondervragen|-1.0
p:maakt een|samenvatting|0.93
p:maakt een|vervolgafspraak|0.81
p:maakt er|bekritiseren|-0.53
p:maakt het|gevoelsreflectie|0.97
p:maakt het|afleiden|-0.91
p:maakt maar|adviseren|0.83
p:maakt om|interpreteren|1.7
p:maakt u|bevelen|-0.81
p:maakt u|interpreteren|-0.94
p:maakt u|geruststellen|0.97
p:maakt waardoor|vervolgafspraak|0.99
p:maakt wat|open-vraag|1.0
p:maakt wat|geruststellen|1.0
p:maakte hem|open-vraag|0.95
p:maand evalueren|vervolgafspraak|0.93
p:maand opnieuw|afronding-aankondigen|-0.94
p:maand opnieuw|vervolgafspraak|0.68
p:maand zitten|samenvatting|1.0
p:maand zitten|vervolgafspraak|1.0
p:maand zitten|bedanken|-1.0
p:maandag bellen|bedanken|-0.87
p:maandag een|afronding-aankondigen|0.98
p:maandag een|vervolgafspraak|0.98
p:maandag en|parafrase|0.76
p:maandag en|samenvatting|-0.9
p:maandag even|samenvatting|-0.93
p:maandag het|vervolgafspraak|0.92
p:maandag in|bevelen|1.73
p:maandag niet|ik-boodschap|0.96
p:maandag niet|vervolgafspraak|-0.96
p:maandag stuur|bedanken|0.87
p:maandag terug|vervolgafspraak|0.92
p:maandje ben|geruststellen|0.94
p:maar ach|argumenteren|-0.79
p:maar ach|afleiden|0.99
p:maar beginnen|vervolgafspraak|-0.99
p:maar bij|afleiden|-0.98
p:maar bij|afronding-aankondigen|0.98
p:maar dat|ik-boodschap|-0.94
p:maar dat|gevoelsreflectie|-0.82
p:maar dat|bevelen|0.17
p:maar dat|bekritiseren|-0.53
p:maar dat|interpreteren|0.62
p:maar dat|geruststellen|0.97
p:maar de|parafrase|0.97
p:maar de|argumenteren|1.93
p:maar door|gevoelsreflectie|-0.98
p:maar drie|argumenteren|0.94
p:maar een|argumenteren|-0.91
p:maar even|open-vraag|-1.0
p:maar even|interpreteren|-1.0
p:maar even|afleiden|1.0
p:maar geen|bevelen|-0.81
p:maar goed|open-vraag|-0.93
p:maar goed|moraliseren|-0.98
p:maar goed|argumenteren|-0.98
p:maar goed|geruststellen|-1.98
p:maar goed|ondervragen|-1.0
p:maar goed|afleiden|1.93
p:maar half|adviseren|-0.9
p:maar het|jij-boodschap|-0.99
p:maar het|waarschuwen|-0.99
p:maar het|adviseren|-0.82
p:maar het|argumenteren|-0.95
p:maar het|bekritiseren|-0.99
p:maar het|afleiden|-0.89
p:maar hij|jij-boodschap|0.58
p:maar hij|bekritiseren|0.38
p:maar hoe|open-vraag|-0.9
p:maar hoe|afleiden|1.88
p:maar huiswerk|moraliseren|0.83
p:maar ik|gevoelsreflectie|0.93
p:maar ik|aanmoediging|0.94
p:maar ik|interpreteren|0.93
p:maar je|ik-boodschap|-0.92
p:maar je|bevelen|0.92
p:maar je|geruststellen|1.98
p:maar joh|gevoelsreflectie|0.97
p:maar maakt|open-vraag|1.0
p:maar maakt|geruststellen|1.0
p:maar misschien|gevoelsreflectie|1.84
p:maar misschien|adviseren|0.83
p:maar niet|gevoelsreflectie|-0.83
p:maar niet|waarschuwen|0.96
p:maar niet|interpreteren|-0.96
p:maar niet|geruststellen|0.97
p:maar niet|afleiden|-0.92
p:maar om|jij-boodschap|-0.58
p:maar om|aanmoediging|-1.0
p:maar om|bekritiseren|-0.25
p:maar om|interpreteren|1.0
p:maar om|afronding-aankondigen|-1.0
p:maar op|parafrase|0.93
p:maar op|ondervragen|-1.0
p:maar op|afleiden|-0.96
p:maar te|bekritiseren|0.95
p:maar thuis|samenvatting|-0.97
p:maar u|gevoelsreflectie|0.19
p:maar u|argumenteren|0.92
p:maar u|bekritiseren|1.66
p:maar waarom|gevoelsreflectie|0.9
p:maar waarom|ondervragen|0.96
p:maar wat|etiketteren|-0.99
p:maar ze|geruststellen|0.6
p:maar ze|bedanken|-0.99
p:maar zelf|jij-boodschap|1.56
p:maar zelf|samenvatting|-0.63
p:maar zelf|bekritiseren|1.4
p:maar zijn|bevelen|-0.89
p:maar zijn|bekritiseren|-1.01
p:maart bespreken|samenvatting|0.93
p:maart bespreken|vervolgafspraak|0.81
p:machteloos voelen|gevoelsreflectie|0.92
p:mag altijd|ik-boodschap|-0.98
p:mag een|argumenteren|0.94
p:mag hij|waarschuwen|0.87
p:mag ik|gevoelsreflectie|-0.82
p:mag ik|bevelen|-0.82
p:mag op|gevoelsreflectie|0.95
p:mag rustig|gevoelsreflectie|-0.99
p:mag rustig|aanmoediging|0.99
p:mag terwijl|argumenteren|-0.99
p:magister heeft|ik-boodschap|0.95
p:magister heeft|jij-boodschap|-0.95
p:magister heeft|bekritiseren|-0.86
p:mail die|bekritiseren|0.62
p:mail gelezen|gevoelsreflectie|-0.8
p:mail gelezen|bekritiseren|0.77
p:mail ik|samenvatting|1.0
p:mail ik|adviseren|-1.0
p:mail ik|afronding-aankondigen|-1.0
p:mail met|samenvatting|-0.93
p:mail met|vervolgafspraak|0.98
p:mail niet|samenvatting|0.95
p:mail niet|vervolgafspraak|-0.56
p:mail over|vervolgafspraak|-0.97
p:mail stuur|argumenteren|-0.86
p:mail u|ik-boodschap|-1.0
p:mail u|afleiden|-1.0
p:mail u|afronding-aankondigen|-0.74
p:mail u|vervolgafspraak|1.0
p:mail u|bedanken|-1.0
p:mail van|ondervragen|0.82
p:mails dank|bekritiseren|-0.94
p:mails onbeantwoord|parafrase|0.98
p:mails onbeantwoord|gevoelsreflectie|0.74
p:mails sturen|bekritiseren|1.87
p:mails van|bekritiseren|0.99
p:mailt hoe|afleiden|-0.96
p:maken ?|vervolgafspraak|0.88
p:maken dat|gevoelsreflectie|-0.92
p:maken dat|adviseren|0.99
p:maken dat|vervolgafspraak|0.99
p:maken de|vervolgafspraak|-0.99
p:maken en|open-vraag|-0.99
p:maken en|vervolgafspraak|0.99
p:maken meer|parafrase|-1.0
p:maken meer|samenvatting|1.0
p:maken voor|samenvatting|-0.95
p:maken we|geruststellen|-0.97
p:maken we|afleiden|1.0
p:makkelijk een|prijzen|0.99
p:makkelijk is|interpreteren|0.86
p:makkelijk maken|bekritiseren|0.98
p:makkelijk met|bekritiseren|-1.79
p:man de|ik-boodschap|0.93
p:manier om|bekritiseren|0.99
p:manier van|jij-boodschap|-0.97
p:manier waarop|samenvatting|-0.87
p:me 'ouwe'|ik-boodschap|0.94
p:me aan|bevelen|0.94
p:me dat|gevoelsreflectie|-0.98
p:me echt|ik-boodschap|-0.99
p:me een|ik-boodschap|0.99
p:me een|bekritiseren|-0.99
p:me eerlijk|waarschuwen|-1.0
p:me eerlijk|interpreteren|-1.0
p:me eraan|bekritiseren|0.98
p:me geen|ik-boodschap|-0.98
p:me geen|vervolgafspraak|-0.98
p:me geraakt|ik-boodschap|0.94
p:me goed|gevoelsreflectie|0.94
p:me langskomen|ik-boodschap|-0.98
p:me laten|vervolgafspraak|-0.92
p:me minder|ik-boodschap|0.94
p:me niet|ik-boodschap|0.92
p:me niet|bekritiseren|-0.56
p:me niet|vervolgafspraak|-0.92
p:me nooit|bekritiseren|0.59
p:me nu|bekritiseren|0.59
p:me op|ik-boodschap|-0.92
p:me pijn|prijzen|-0.99
p:me steeds|bekritiseren|0.59
p:me totaal|afleiden|-1.0
p:me verantwoordelijk|ik-boodschap|0.99
p:me voorstellen|ik-boodschap|-0.99
p:me voorstellen|interpreteren|-0.99
p:me voorstellen|geruststellen|-0.99
p:me wat|ik-boodschap|0.85
p:me wat|open-vraag|-0.97
p:me zorgen|ik-boodschap|0.98
p:me zorgen|samenvatting|-0.99
p:me zorgen|open-vraag|-0.99
p:me zorgen|bekritiseren|-0.99
p:me zorgen|geruststellen|-1.0
p:me zorgne|ik-boodschap|1.0
p:me zorgne|parafrase|-1.0
p:me zorgne|bekritiseren|-1.0
p:medicijnen regelmatig|vervolgafspraak|0.95
p:mee aan|interpreteren|-0.85
p:mee bezig|interpreteren|1.0
p:mee bij|open-vraag|0.93
p:mee dan|prijzen|0.91
p:mee doet|ik-boodschap|-0.8
p:mee donderdag|vervolgafspraak|0.92
p:mee donderdag|bedanken|0.92
p:mee geholpen|bekritiseren|-0.69
p:mee in|geruststellen|-0.96
p:mee kan|ik-boodschap|0.97
p:mee kunt|parafrase|-0.99
p:mee kunt|prijzen|0.99
p:mee mag|gevoelsreflectie|0.95
p:mee naar|bevelen|-0.9
p:mee op|ik-boodschap|0.95
p:mee op|bevelen|0.9
p:mee op|waarschuwen|0.11
p:mee op|ondervragen|-1.0
p:mee samen|moraliseren|-0.96
p:mee te|gevoelsreflectie|-0.92
p:meedenkend dus|waarschuwen|-0.97
p:meedenkt dank|gevoelsreflectie|-0.91
p:meedoen met|ik-boodschap|1.88
p:meedoen met|bevelen|-0.91
p:meegaand geweest|gevoelsreflectie|-0.95
p:meekrijgen vind|waarschuwen|-0.99
p:meeneemt kan|open-vraag|0.97
p:meer ?|prijzen|-0.94
p:meer aan|ik-boodschap|0.88
p:meer aan|waarschuwen|-0.88
p:meer contact|ondervragen|-1.0
p:meer contact|vervolgafspraak|-1.0
p:meer dan|jij-boodschap|-1.0
p:meer dan|open-vraag|-1.0
p:meer dan|moraliseren|1.0
p:meer dan|geruststellen|-1.0
p:meer informatie|parafrase|-0.99
p:meer loslaten|prijzen|0.81
p:meer naar|ik-boodschap|0.98
p:meer naar|ondervragen|-1.0
p:meer naar|afronding-aankondigen|-1.0
p:meer naast|ik-boodschap|-0.96
p:meer of|etiketteren|-1.0
p:meer over|open-vraag|0.9
p:meer over|adviseren|-0.99
p:meer over|interpreteren|0.96
p:meer structuur|samenvatting|0.83
p:meer structuur|aanmoediging|-0.99
p:meer structuur|bekritiseren|-0.94
p:meer structuur|ondervragen|-1.0
p:meer structuur|vervolgafspraak|-1.0
p:meer structuur|bedanken|0.14
p:meer te|afleiden|0.86
p:meer toezicht|parafrase|-1.0
p:meer toezicht|samenvatting|1.0
p:meer verantwoordelijkheid|open-vraag|-0.93
p:meer verantwoordelijkheid|moraliseren|1.0
p:meer verantwoordelijkheid|afleiden|-1.0
p:meer vertellen|gevoelsreflectie|-0.96
p:meer vertellen|adviseren|-0.97
p:meer voor|waarschuwen|0.93
p:meer vrijheid|bevelen|-0.97
p:meer vrijheid|adviseren|1.0
p:meer vrijheid|prijzen|-0.81
p:meer vrijheid|interpreteren|-0.81
p:meer zelf|adviseren|0.85
p:mees in|ik-boodschap|-0.84
p:mees om|vervolgafspraak|-0.91
p:meest dwarszit|aanmoediging|-0.72
p:meest zorgen|geruststellen|-0.99
p:meeste moeite|open-vraag|0.93
p:meewerkt schakel|waarschuwen|0.74
p:mei gemaild|argumenteren|0.96
p:meid dus|ik-boodschap|-0.87
p:meid dus|moraliseren|-0.99
p:meid dus|etiketteren|-0.99
p:meldt je|waarschuwen|0.88
p:meldt u|bevelen|-0.99
p:meldt u|adviseren|0.99
p:meldt u|ondervragen|-0.99
p:meneer dat|jij-boodschap|0.23
p:meneer dat|bekritiseren|-1.66
p:meneer de|gevoelsreflectie|0.98
p:meneer de|bevelen|-0.92
p:meneer dekker|ondervragen|-1.0
p:meneer gaat|bevelen|0.99
p:meneer gaat|waarschuwen|-0.99
p:meneer gaat|geruststellen|-0.99
p:meneer weet|aanmoediging|-0.73
p:meneer weet|etiketteren|0.92
p:mens u|adviseren|-0.98
p:mens u|prijzen|0.98
p:mentor erbij|afronding-aankondigen|-0.9
p:mentor erbij|vervolgafspraak|0.9
p:mentor gemeld|ondervragen|0.96
p:mentor houdt|geruststellen|0.88
p:mentor meneer|bevelen|-0.92
p:mentor op|samenvatting|0.94
p:mentor op|bedanken|0.79
p:mentor schreef|moraliseren|-0.95
p:mentor vertelde|geruststellen|-0.97
p:mentor voor|gevoelsreflectie|-0.93
p:mentor yusuf|ondervragen|-1.0
p:mentor yusuf|vervolgafspraak|-1.0
p:merk dat|ik-boodschap|-0.91
p:merk dat|parafrase|-0.9
p:merk ik|ik-boodschap|0.99
p:merken dat|gevoelsreflectie|1.0
p:merkt u|samenvatting|0.6
p:merkt u|open-vraag|1.0
p:met andere|ik-boodschap|-0.92
p:met andere|parafrase|1.93
p:met andere|samenvatting|-0.86
p:met andere|geruststellen|-0.93
p:met daan|aanmoediging|-0.96
p:met de|ik-boodschap|-0.96
p:met de|gevoelsreflectie|-0.99
p:met de|samenvatting|0.29
p:met de|argumenteren|-0.86
p:met de|bekritiseren|1.6
p:met de|prijzen|-0.94
p:met de|interpreteren|-0.11
p:met de|ondervragen|-1.0
p:met de|afleiden|0.84
p:met de|afronding-aankondigen|-1.66
p:met de|vervolgafspraak|0.8
p:met de|bedanken|-1.86
p:met die|parafrase|-0.96
p:met die|gevoelsreflectie|0.95
p:met die|bekritiseren|-1.79
p:met dit|prijzen|0.95
p:met een|ik-boodschap|0.94
p:met een|jij-boodschap|-0.98
p:met een|argumenteren|0.98
p:met een|geruststellen|-0.99
p:met een|afronding-aankondigen|0.98
p:met een|vervolgafspraak|0.1
p:met een|bedanken|0.87
p:met elkaar|moraliseren|0.76
p:met gym|ik-boodschap|0.89
p:met gym|bevelen|-0.91
p:met haar|ik-boodschap|1.72
p:met haar|adviseren|-1.0
p:met haar|bekritiseren|0.92
p:met haar|geruststellen|1.0
p:met haar|vervolgafspraak|-0.99
p:met hem|ik-boodschap|0.96
p:met hem|parafrase|-0.99
p:met hem|gevoelsreflectie|0.1
p:met hem|samenvatting|0.94
p:met hem|waarschuwen|-1.0
p:met hem|moraliseren|-0.98
p:met hem|adviseren|2.03
p:met hem|vervolgafspraak|-0.61
p:met hem|bedanken|0.79
p:met het|ik-boodschap|-0.94
p:met het|samenvatting|-0.84
p:met het|afleiden|-0.98
p:met het|afronding-aankondigen|0.99
p:met het|vervolgafspraak|0.59
p:met het|bedanken|0.99
p:met hoe|bekritiseren|0.94
p:met je|ik-boodschap|-0.98
p:met je|samenvatting|0.96
p:met je|bevelen|0.9
p:met je|waarschuwen|-0.96
p:met je|afronding-aankondigen|0.72
p:met je|vervolgafspraak|0.9
p:met mees|vervolgafspraak|-0.91
p:met mij|bedanken|1.0
p:met plannen|prijzen|0.95
p:met plezier|samenvatting|0.98
p:met plezier|bekritiseren|-0.93
p:met pubers|argumenteren|-0.92
p:met roken|bekritiseren|-0.99
p:met roken|afronding-aankondigen|-0.99
p:met school|jij-boodschap|-0.92
p:met school|argumenteren|-0.87
p:met school|bekritiseren|0.98
p:met school|interpreteren|-1.0
p:met sven|adviseren|0.94
p:met u|open-vraag|0.97
p:met u|aanmoediging|-0.96
p:met u|vervolgafspraak|0.99
p:met uw|prijzen|0.97
p:met vaste|adviseren|1.0
p:met veel|samenvatting|-1.0
p:met veel|bevelen|-1.0
p:met voetbal|adviseren|-0.99
p:met voetbal|afleiden|0.99
p:met wie|ik-boodschap|-0.98
p:met wie|open-vraag|-1.0
p:met wie|bekritiseren|0.39
p:met wie|ondervragen|1.0
p:met wie|afleiden|-0.93
p:met wiskunde|ik-boodschap|0.99
p:met zijn|argumenteren|0.87
p:met zijn|interpreteren|-0.99
p:met zoveel|etiketteren|-0.97
p:meteen gebeld|ondervragen|1.0
p:meteen in|prijzen|0.97
p:meteen tegen|gevoelsreflectie|0.9
p:mevrouw de|bevelen|0.93
p:mevrouw de|bekritiseren|-0.71
p:mevrouw de|etiketteren|0.96
p:mevrouw de|interpreteren|-0.91
p:mevrouw ik|bekritiseren|0.94
p:mevrouw jansen|bekritiseren|-1.62
p:mevrouw smit|samenvatting|-0.84
p:mevrouw smit|bevelen|0.91
p:middag ruzie|parafrase|0.96
p:middag ruzie|samenvatting|-0.73
p:middag ruzie|waarschuwen|-0.96
p:middernacht gamen|moraliseren|0.93
p:middernacht gamen|bekritiseren|0.21
p:mij altijd|bekritiseren|-0.98
p:mij deelt|bedanken|1.0
p:mij doe|waarschuwen|-1.0
p:mij doe|etiketteren|-1.0
p:mij doe|interpreteren|1.0
p:mij doe|ondervragen|-1.0
p:mij doet|interpreteren|0.62
p:mij doet|geruststellen|0.99
p:mij door|geruststellen|-0.47
p:mij geweest|geruststellen|-0.94
p:mij gewoon|argumenteren|-0.51
p:mij gezegd|gevoelsreflectie|0.9
p:mij in|vervolgafspraak|0.92
p:mij is|interpreteren|-0.99
p:mij luisteren|gevoelsreflectie|0.99
p:mij luisteren|bekritiseren|0.97
p:mij nooit|bevelen|0.82
p:mij onderbreekt|samenvatting|-1.0
p:mij ooit|jij-boodschap|0.94
p:mij ooit|bekritiseren|0.94
p:mij op|vervolgafspraak|0.96
p:mij teleur|jij-boodschap|0.94
p:mij teleur|bekritiseren|0.94
p:mij terecht|jij-boodschap|-0.89
p:mij vrijdag|afleiden|-0.96
p:mij weten|vervolgafspraak|0.93
p:mij zit|interpreteren|1.0
p:mijn berichten|jij-boodschap|-0.85
p:mijn collega|geruststellen|-0.53
p:mijn collega|vervolgafspraak|0.84
p:mijn collega's|bekritiseren|-1.79
p:mijn eigen|samenvatting|0.87
p:mijn lessen|bekritiseren|0.94
p:mijn mails|bekritiseren|-0.94
p:mijn tijd|moraliseren|0.98
p:mijn tip|parafrase|-0.72
p:mijn uitleg|ik-boodschap|1.0
p:mijn uitleg|waarschuwen|-1.0
p:mijn uitleg|interpreteren|-1.0
p:mijn verhaal|bekritiseren|0.59
p:mijn volgende|vervolgafspraak|-0.9
p:mila ?|moraliseren|0.99
p:mila ?|prijzen|0.99
p:mila dus|samenvatting|-0.91
p:mila haar|open-vraag|0.97
p:mila haar|vervolgafspraak|-0.92
p:milan de|ik-boodschap|0.95
p:milan de|jij-boodschap|-0.95
p:milan de|bekritiseren|-0.86
p:minder daar|etiketteren|-1.0
p:minder scherm|aanmoediging|-0.99
p:minder serieus|ik-boodschap|0.94
p:minuten begint|vervolgafspraak|-0.9
p:minuten te|open-vraag|0.99
p:mis de|bevelen|-0.99
p:mis de|argumenteren|0.99
p:misgaat wat|parafrase|1.0
p:misgaat wat|moraliseren|-1.0
p:misschien is|adviseren|0.83
p:misschien kun|gevoelsreflectie|0.88
p:misschien kun|adviseren|0.97
p:misschien kunt|ik-boodschap|0.94
p:misschien kunt|jij-boodschap|0.93
p:misschien kunt|adviseren|1.98
p:misschien kunt|prijzen|-0.83
p:misschien kunt|vervolgafspraak|0.99
p:misschien moet|ik-boodschap|0.96
p:misschien moet|bevelen|-0.97
p:misschien moet|adviseren|1.0
p:missen maar|argumenteren|-0.96
p:mist daardoor|samenvatting|0.91
p:mist dat|vervolgafspraak|-1.0
p:mist het|ik-boodschap|0.98
p:mist hij|bekritiseren|-0.99
p:mist je|samenvatting|0.99
p:mist je|open-vraag|0.99
p:mist lessen|jij-boodschap|-0.41
p:mist lessen|samenvatting|0.98
p:mist thijs|ik-boodschap|0.8
p:mist ze|samenvatting|-0.99
p:mist ze|waarschuwen|-0.91
p:mist ze|vervolgafspraak|0.95
p:mist zijn|parafrase|-0.96
p:mist zonder|argumenteren|0.91
p:mm ja|aanmoediging|1.0
p:mo al|ik-boodschap|0.91
p:mo al|waarschuwen|-0.91
p:moe bent|adviseren|0.96
p:moe hij|samenvatting|1.71
p:moe is|argumenteren|0.78
p:moe klopt|aanmoediging|-0.98
p:moe van|ik-boodschap|0.95
p:moeder daar|moraliseren|0.93
p:moeder daar|bekritiseren|0.21
p:moeder dan|prijzen|0.83
p:moeder dank|gevoelsreflectie|-0.9
p:moeder dank|prijzen|-0.72
p:moeder dus|adviseren|-1.0
p:moeder dus|argumenteren|-0.97
p:moeder dus|bekritiseren|-1.0
p:moeder dus|prijzen|1.0
p:moeder erbij|afronding-aankondigen|0.72
p:moeder hoort|prijzen|-0.99
p:moeder is|moraliseren|0.96
p:moeder misschien|prijzen|0.95
p:moeder moest|parafrase|0.9
p:moeder u|jij-boodschap|-0.79
p:moeder u|adviseren|0.98
p:moeder u|prijzen|1.0
p:moeder u|etiketteren|-0.97
p:moeder u|geruststellen|-0.79
p:moeder van|aanmoediging|-1.0
p:moeder van|prijzen|-1.0
p:moeilijk heeft|interpreteren|0.88
p:moeilijk hij|gevoelsreflectie|0.92
p:moeilijk hij|vervolgafspraak|0.92
p:moeilijk om|adviseren|-0.99
p:moeilijk om|interpreteren|0.82
p:moeilijk thuis|parafrase|-0.95
p:moeilijk thuis|open-vraag|-0.95
p:moeilijk volgens|open-vraag|0.95
p:moeilijk was|open-vraag|0.95
p:moeilijk was|argumenteren|0.96
p:moeite mee|open-vraag|0.93
p:moeite nam|vervolgafspraak|-0.93
p:moeite voor|bekritiseren|0.8
p:moest antwoorden|vervolgafspraak|-0.97
p:moest horen|parafrase|0.9
p:moest ik|bedanken|-0.94
p:moet blijven|geruststellen|0.99
p:moet dat|gevoelsreflectie|0.99
p:moet een|gevoelsreflectie|0.89
p:moet gewoon|gevoelsreflectie|-0.93
p:moet gewoon|bevelen|0.85
p:moet heel|gevoelsreflectie|0.92
p:moet hem|bevelen|0.81
p:moet hem|interpreteren|-0.84
p:moet hier|vervolgafspraak|-0.9
p:moet ik|bevelen|-0.98
p:moet ik|waarschuwen|1.94
p:moet ik|vervolgafspraak|-0.99
p:moet je|ik-boodschap|0.96
p:moet je|gevoelsreflectie|0.96
p:moet je|waarschuwen|-0.99
p:moet leren|bevelen|-0.85
p:moet leren|moraliseren|0.98
p:moet leren|adviseren|-0.98
p:moet meekijken|parafrase|-0.9
p:moet morgen|jij-boodschap|-1.0
p:moet morgen|bevelen|-0.93
p:moet morgen|bekritiseren|-1.0
p:moet morgen|etiketteren|-1.0
p:moet morgen|geruststellen|-0.9
p:moet nu|bevelen|1.0
p:moet nu|bekritiseren|0.97
p:moet toch|argumenteren|0.92
p:moet u|jij-boodschap|-0.93
p:moet u|gevoelsreflectie|-0.88
p:moet u|bevelen|-0.97
p:moet u|adviseren|1.0
p:moet veranderen|gevoelsreflectie|-0.98
p:moet voor|gevoelsreflectie|0.95
p:moet voor|etiketteren|-0.72
p:moet ze|bekritiseren|-0.94
p:moet zich|bevelen|0.93
p:moeten bellen|bekritiseren|-2.47
p:moeten dit|vervolgafspraak|-0.59
p:moeten dit|bedanken|-0.9
p:moeten doen|bekritiseren|0.73
p:moeten er|vervolgafspraak|-0.99
p:moeten geven|adviseren|-0.92
p:moeten helaas|afronding-aankondigen|0.95
p:moeten hem|bevelen|0.96
p:moeten hem|adviseren|-0.96
p:moeten hem|bekritiseren|-0.77
p:moeten laten|afleiden|-0.98
p:moeten laten|afronding-aankondigen|0.98
p:moeten melden|ik-boodschap|0.91
p:moeten melden|waarschuwen|-0.91
p:moeten nu|afronding-aankondigen|0.9
p:moeten nu|bedanken|0.71
p:moeten stoppen|bekritiseren|-0.98
p:moeten sturen|bekritiseren|0.73
p:moeten trekken|bekritiseren|0.59
p:moeten weten|moraliseren|0.96
p:moeten weten|bekritiseren|0.84
p:moeten zo|moraliseren|-0.77
p:mohammed is|jij-boodschap|1.49
p:mohammed is|etiketteren|-0.96
p:moment voor|adviseren|0.96
p:moment voor|prijzen|-0.97
p:mond tegen|bekritiseren|0.31
p:mond tegen|etiketteren|-0.97
p:mooi geweest|adviseren|-1.0
p:mooi geweest|afronding-aankondigen|1.0
p:mooi geweest|bedanken|-0.89
p:mooi om|ik-boodschap|0.94
p:mooi vandaag|afleiden|0.92
p:mooie prestatie|geruststellen|-0.98
p:mooie tekening|etiketteren|-0.85
p:morgen de|afronding-aankondigen|0.93
p:morgen een|ik-boodschap|-1.0
p:morgen een|jij-boodschap|-1.0
p:morgen een|bekritiseren|-1.0
p:morgen een|etiketteren|-1.0
p:morgen een|geruststellen|-0.9
p:morgen een|afleiden|-1.0
p:morgen een|afronding-aankondigen|-0.69
p:morgen een|vervolgafspraak|1.0
p:morgen een|bedanken|-1.0
p:morgen even|bevelen|-0.83
p:morgen gewoon|interpreteren|-0.84
p:morgen haar|bevelen|1.0
p:morgen haar|waarschuwen|-1.0
p:morgen naar|samenvatting|-0.84
p:morgen om|bevelen|0.99
p:morgen om|vervolgafspraak|0.84
p:morgen terug|afronding-aankondigen|-0.83
p:morgen weer|jij-boodschap|-0.49
p:morgen weer|bevelen|-0.91
p:morgen weer|bekritiseren|0.53
p:morgen wil|bevelen|0.98
p:morgen zelf|bevelen|1.69
p:morgen zelf|vervolgafspraak|-1.79
p:na de|jij-boodschap|-1.0
p:na de|samenvatting|0.93
p:na de|bekritiseren|-1.98
p:na de|vervolgafspraak|0.99
p:na het|afronding-aankondigen|0.72
p:na negen|moraliseren|-0.93
p:naar alle|argumenteren|0.99
p:naar alle|geruststellen|-0.87
p:naar bed|jij-boodschap|-0.16
p:naar bed|adviseren|0.9
p:naar bed|bekritiseren|0.58
p:naar bed|vervolgafspraak|-0.99
p:naar buiten|ik-boodschap|-0.94
p:naar buiten|waarschuwen|1.86
p:naar buiten|adviseren|-1.0
p:naar dat|gevoelsreflectie|0.91
p:naar de|ik-boodschap|0.97
p:naar de|jij-boodschap|0.58
p:naar de|parafrase|-1.88
p:naar de|samenvatting|0.86
p:naar de|open-vraag|-0.98
p:naar de|bevelen|0.91
p:naar de|waarschuwen|0.92
p:naar de|argumenteren|-0.99
p:naar de|bekritiseren|0.38
p:naar de|interpreteren|-1.0
p:naar de|geruststellen|-0.82
p:naar de|ondervragen|0.86
p:naar de|afleiden|-1.0
p:naar een|open-vraag|-0.99
p:naar gegooid|bekritiseren|0.93
p:naar haar|interpreteren|0.98
p:naar haar|geruststellen|0.86
p:naar het|argumenteren|-0.92
p:naar het|afronding-aankondigen|-0.85
p:naar huis|ik-boodschap|-0.99
p:naar huis|gevoelsreflectie|-0.99
p:naar je|aanmoediging|0.94
p:naar je|bekritiseren|-0.94
p:naar keulen|samenvatting|-0.93
p:naar mevrouw|samenvatting|-0.84
p:naar mevrouw|bevelen|0.91
p:naar mij|gevoelsreflectie|0.99
p:naar mij|bekritiseren|0.97
p:naar school|samenvatting|0.98
p:naar school|bekritiseren|-0.93
p:naar school|interpreteren|-0.84
p:naar school|ondervragen|-1.0
p:naar school|afronding-aankondigen|-1.0
p:naar u|bekritiseren|-0.97
p:naar want|ik-boodschap|0.92
p:naar wat|bekritiseren|0.95
p:naar zijn|gevoelsreflectie|-0.89
p:naar zijn|waarschuwen|-1.0
p:naar zijn|vervolgafspraak|1.0
p:naast bram|ik-boodschap|0.88
p:naast bram|waarschuwen|-0.88
p:naast jayden|ik-boodschap|-0.96
p:naast noor|bekritiseren|-0.88
p:naast rik|ik-boodschap|0.99
p:nabespreking niet|ik-boodschap|0.97
p:nablijven u|bevelen|0.81
p:nachts ?|ondervragen|1.0
p:nachts ?|bedanken|-1.0
p:nachts in|waarschuwen|-0.87
p:nachts in|adviseren|1.0
p:nachts nog|bekritiseren|0.84
p:nadenken hoor|gevoelsreflectie|-0.99
p:nadenken hoor|aanmoediging|0.99
p:nam om|vervolgafspraak|-0.93
p:natuurkunde kom|jij-boodschap|-0.98
p:natuurkunde kom|argumenteren|0.98
p:natuurkunde kom|bekritiseren|-0.98
p:natuurlijk dat|waarschuwen|-0.72
p:natuurlijk meteen|prijzen|0.97
p:nauwelijks nog|ik-boodschap|0.99
p:neem gerust|aanmoediging|1.0
p:neem ik|bevelen|0.83
p:neem ik|prijzen|-0.97
p:neem je|bevelen|-0.96
p:neem na|vervolgafspraak|0.99
p:neemt het|jij-boodschap|0.99
p:neemt het|bekritiseren|-0.52
p:neemt uw|moraliseren|-0.81
p:negen binnenkwam|ik-boodschap|-0.94
p:negen ik|bedanken|0.9
p:nemen ?|jij-boodschap|-0.99
p:nemen ?|gevoelsreflectie|-0.92
p:nemen de|ik-boodschap|0.94
p:nemen de|etiketteren|-0.96
p:nemen zo|bevelen|-0.85
p:nergens op|ik-boodschap|-0.9
p:nergens op|jij-boodschap|-0.96
p:nergens op|argumenteren|0.98
p:nergens op|bekritiseren|0.9
p:nergens schuld|jij-boodschap|0.99
p:nergens schuld|samenvatting|-0.82
p:nergens schuld|open-vraag|-0.99
p:nergens schuld|bekritiseren|1.81
p:net een|jij-boodschap|0.91
p:net een|etiketteren|0.91
p:netjes en|jij-boodschap|-0.98
p:niemand gezegd|bekritiseren|0.95
p:niemand naar|bekritiseren|-0.97
p:niemand u|gevoelsreflectie|0.91
p:niemand u|samenvatting|-0.94
p:niemand u|prijzen|-0.91
p:niemand van|parafrase|0.99
p:niemand zegt|jij-boodschap|-0.22
p:niemand zegt|geruststellen|2.41
p:niet ?|ondervragen|0.93
p:niet aan|ik-boodschap|1.99
p:niet aan|jij-boodschap|-0.73
p:niet aan|open-vraag|0.95
p:niet aan|bevelen|-0.99
p:niet aan|waarschuwen|-1.0
p:niet aan|adviseren|0.99
p:niet aan|argumenteren|0.88
p:niet aan|bekritiseren|-0.95
p:niet aan|interpreteren|-1.0
p:niet aan|ondervragen|-0.99
p:niet af|geruststellen|-0.86
p:niet afgemeld|ik-boodschap|-0.98
p:niet afgemeld|moraliseren|-0.98
p:niet afheeft|ik-boodschap|0.97
p:niet anders|waarschuwen|-0.72
p:niet andersom|jij-boodschap|1.49
p:niet andersom|etiketteren|-0.96
p:niet bent|adviseren|-0.99
p:niet bereiken|open-vraag|1.0
p:niet bij|ik-boodschap|-0.91
p:niet bij|open-vraag|-0.99
p:niet bij|adviseren|0.98
p:niet bij|vervolgafspraak|0.28
p:niet bijwerkt|ik-boodschap|0.96
p:niet bijwerkt|vervolgafspraak|-0.96
p:niet dat|ik-boodschap|-0.95
p:niet dat|waarschuwen|0.96
p:niet dat|moraliseren|0.95
p:niet dat|interpreteren|-0.96
p:niet dat|geruststellen|0.59
p:niet de|ik-boodschap|-1.85
p:niet de|argumenteren|0.1
p:niet de|bekritiseren|-1.0
p:niet de|geruststellen|1.99
p:niet de|ondervragen|-1.85
p:niet druk|gevoelsreflectie|-0.83
p:niet druk|bevelen|0.85
p:niet druk|geruststellen|0.97
p:niet eens|ondervragen|-0.96
p:niet eerder|samenvatting|-0.94
p:niet eerder|aanmoediging|-0.86
p:niet eerder|prijzen|-0.94
p:niet eerder|ondervragen|0.96
p:niet elke|argumenteren|-0.99
p:niet en|ik-boodschap|0.92
p:niet en|bekritiseren|-0.56
p:niet gaat|interpreteren|-0.66
p:niet gebeld|bekritiseren|0.52
p:niet gebeurd|bekritiseren|0.83
p:niet gebeuren|geruststellen|1.89
p:niet gehad|ik-boodschap|0.92
p:niet gehad|bekritiseren|-0.56
p:niet gehoord|argumenteren|-0.99
p:niet gekomen|parafrase|0.96
p:niet gekomen|samenvatting|-0.73
p:niet gekomen|waarschuwen|-0.96
p:niet gekregen|samenvatting|0.95
p:niet gekregen|vervolgafspraak|-0.56
p:niet gemaakt|bevelen|-0.97
p:niet gemaakt|adviseren|-1.0
p:niet gemaakt|ondervragen|1.0
p:niet gemotiveerd|jij-boodschap|0.23
p:niet gemotiveerd|bekritiseren|-1.66
p:niet gepast|bekritiseren|1.87
p:niet gerust|aanmoediging|-0.98
p:niet gewoon|adviseren|1.87
p:niet gewoon|bekritiseren|0.73
p:niet gezien|interpreteren|0.96
p:niet goed|ik-boodschap|-0.95
p:niet goed|parafrase|-0.81
p:niet goed|vervolgafspraak|-0.97
p:niet goed|bedanken|-0.94
p:niet hebben|afleiden|0.91
p:niet heeft|afleiden|-0.93
p:niet helpen|open-vraag|0.97
p:niet het|argumenteren|-0.79
p:niet het|afleiden|0.99
p:niet hij|waarschuwen|-0.86
p:niet hij|argumenteren|0.61
p:niet hoe|gevoelsreflectie|-0.98
p:niet hoe|samenvatting|0.82
p:niet hoort|moraliseren|0.95
p:niet hoort|argumenteren|-0.95
p:niet in|argumenteren|0.85
p:niet inlevert|parafrase|-0.95
p:niet inlevert|waarschuwen|1.87
p:niet inlevert|moraliseren|-0.95
p:niet inlevert|bekritiseren|-0.98
p:niet inlevert|geruststellen|-1.0
p:niet kan|ik-boodschap|0.86
p:niet kan|argumenteren|-0.96
p:niet klaar|bevelen|0.92
p:niet komt|ik-boodschap|-0.99
p:niet kon|gevoelsreflectie|-0.92
p:niet kon|adviseren|0.99
p:niet kon|geruststellen|-0.92
p:niet kon|vervolgafspraak|0.99
p:niet kunnen|ik-boodschap|-1.79
p:niet kunnen|parafrase|0.95
p:niet leert|argumenteren|0.84
p:niet lekker|ik-boodschap|0.92
p:niet lekker|moraliseren|-0.97
p:niet lekker|bekritiseren|-0.56
p:niet lekker|vervolgafspraak|-0.92
p:niet lukt|samenvatting|-0.99
p:niet maakt|adviseren|0.99
p:niet maakt|vervolgafspraak|0.99
p:niet maken|open-vraag|-0.99
p:niet maken|vervolgafspraak|0.28
p:niet mee|ik-boodschap|0.97
p:niet mee|parafrase|-0.99
p:niet mee|gevoelsreflectie|0.95
p:niet mee|waarschuwen|0.87
p:niet mee|prijzen|0.99
p:niet meedoen|ik-boodschap|1.88
p:niet meeneemt|open-vraag|0.97
p:niet meer|ik-boodschap|0.9
p:niet meer|jij-boodschap|-1.0
p:niet meer|open-vraag|-1.0
p:niet meer|waarschuwen|-0.88
p:niet meer|moraliseren|1.0
p:niet meer|geruststellen|-1.0
p:niet meer|ondervragen|-1.0
p:niet meer|afronding-aankondigen|-1.0
p:niet meewerkt|waarschuwen|0.74
p:niet met|ik-boodschap|0.96
p:niet met|moraliseren|0.76
p:niet met|vervolgafspraak|-0.96
p:niet meteen|gevoelsreflectie|0.9
p:niet meteen|ondervragen|1.0
p:niet naar|open-vraag|-0.99
p:niet naar|bekritiseren|0.95
p:niet naar|ondervragen|0.86
p:niet oefent|argumenteren|0.98
p:niet oefent|geruststellen|-0.9
p:niet om|ondervragen|-0.82
p:niet onderbreken|bevelen|0.92
p:niet ongerust|moraliseren|-0.92
p:niet op|jij-boodschap|0.99
p:niet op|bevelen|-0.92
p:niet op|argumenteren|-0.98
p:niet op|bekritiseren|-0.13
p:niet op|ondervragen|0.99
p:niet op|afleiden|0.99
p:niet oplaadt|ik-boodschap|0.99
p:niet over|jij-boodschap|-0.98
p:niet over|argumenteren|0.98
p:niet over|bekritiseren|-0.98
p:niet over|geruststellen|-0.99
p:niet over|afleiden|-0.97
p:niet piekeren|bevelen|-0.82
p:niet plannen|argumenteren|-0.86
p:niet serieus|jij-boodschap|0.99
p:niet serieus|gevoelsreflectie|0.74
p:niet serieus|bekritiseren|0.74
p:niet serieus|etiketteren|-0.96
p:niet snapt|interpreteren|1.7
p:niet snel|ik-boodschap|-0.99
p:niet star|waarschuwen|-1.0
p:niet star|prijzen|-1.0
p:niet star|bedanken|-1.0
p:niet stellen|ik-boodschap|0.99
p:niet stellen|waarschuwen|-0.99
p:niet stopt|ik-boodschap|-0.96
p:niet stopt|waarschuwen|0.96
p:niet te|samenvatting|0.84
p:niet te|bekritiseren|-0.21
p:niet thuis|samenvatting|-0.86
p:niet toegeven|interpreteren|0.91
p:niet tot|adviseren|-0.99
p:niet u|bekritiseren|0.97
p:niet uitkomt|ik-boodschap|-0.94
p:niet van|parafrase|0.91
p:niet van|prijzen|0.93
p:niet veilig|interpreteren|-0.91
p:niet volgen|ik-boodschap|0.93
p:niet voor|jij-boodschap|0.8
p:niet voor|argumenteren|0.92
p:niet voor|bekritiseren|0.67
p:niet waar|argumenteren|0.96
p:niet wakker|etiketteren|-1.0
p:niet wakker|geruststellen|0.98
p:niet wakker|afleiden|-0.98
p:niet wat|bekritiseren|-0.76
p:niet wat|ondervragen|-1.0
p:niet wat|afleiden|-0.91
p:niet weet|jij-boodschap|0.96
p:niet weet|bekritiseren|0.33
p:niet wegstopt|ik-boodschap|-1.0
p:niet wegstopt|waarschuwen|1.0
p:niet wegstopt|moraliseren|-1.0
p:niet wegstopt|adviseren|-1.0
p:niet werken|open-vraag|-0.96
p:niet zeggen|gevoelsreflectie|-0.82
p:niet zeggen|bevelen|-0.82
p:niet ziek|adviseren|-0.92
p:niet ziek|bekritiseren|-0.46
p:niet zien|waarschuwen|-0.93
p:niet zo|jij-boodschap|-3.31
p:niet zo|open-vraag|-1.0
p:niet zo|bevelen|0.98
p:niet zo|moraliseren|-1.0
p:niet zo|etiketteren|2.01
p:niet zo|interpreteren|-0.86
p:niet zo|geruststellen|1.16
p:niet zo|afleiden|0.95
p:niets aan|jij-boodschap|0.89
p:niets aan|bekritiseren|0.89
p:niets aan|geruststellen|-0.97
p:niets afspreken|ik-boodschap|0.91
p:niets afspreken|vervolgafspraak|-0.92
p:niets hoort|bekritiseren|-1.79
p:niets meer|waarschuwen|0.93
p:niets van|samenvatting|0.95
p:niets van|adviseren|-1.0
p:niets van|bekritiseren|0.99
p:niets van|ondervragen|1.0
p:niets van|vervolgafspraak|-0.56
p:niets verkeerd|jij-boodschap|-0.92
p:niets verkeerd|geruststellen|2.07
p:niets voor|bekritiseren|0.81
p:nieuw tijdstip|afronding-aankondigen|0.98
p:nieuw tijdstip|vervolgafspraak|0.98
p:nieuwe afdeling|open-vraag|0.93
p:nieuwe afspraak|afronding-aankondigen|0.91
p:nieuwe datum|ik-boodschap|-1.0
p:nieuwe datum|afleiden|-1.0
p:nieuwe datum|afronding-aankondigen|-0.69
p:nieuwe datum|vervolgafspraak|1.0
p:nieuwe datum|bedanken|-0.13
p:nieuwe huis|open-vraag|-0.9
p:nieuwe huis|afleiden|0.9
p:nieuwe klas|interpreteren|0.62
p:nieuwe klas|geruststellen|0.99
p:nieuwe mentor|bevelen|-0.92
p:nieuwe schoolgids|afleiden|0.99
p:nieuwe stof|ik-boodschap|0.92
p:nieuwe stof|bekritiseren|-0.56
p:nieuws over|parafrase|-1.0
p:nieuws over|samenvatting|-1.0
p:nieuws over|aanmoediging|-1.0
p:nieuws over|afronding-aankondigen|-1.0
p:niks ?|jij-boodschap|1.56
p:niks ?|samenvatting|-0.63
p:niks ?|bekritiseren|1.4
p:niks aan|ik-boodschap|-0.76
p:niks aan|argumenteren|0.76
p:niks aan|geruststellen|0.72
p:niks gezegd|ondervragen|0.96
p:niks in|bekritiseren|-0.5
p:niks kon|parafrase|0.95
p:niks mee|ik-boodschap|0.15
p:niks van|bekritiseren|0.61
p:noah dat|parafrase|0.95
p:noah de|adviseren|0.99
p:noah de|vervolgafspraak|0.99
p:nodig ?|parafrase|-0.91
p:nodig en|ondervragen|-1.0
p:nodig en|vervolgafspraak|-1.0
p:nodig heeft|prijzen|0.97
p:nodig is|adviseren|-0.98
p:nodig is|argumenteren|-0.97
p:nodig is|bekritiseren|1.0
p:nodig is|prijzen|0.98
p:nodig om|samenvatting|-0.95
p:nodig om|bekritiseren|-0.93
p:noemt waar|ik-boodschap|0.94
p:nog aan|ik-boodschap|0.99
p:nog aan|samenvatting|0.72
p:nog bespreken|gevoelsreflectie|-0.74
p:nog bespreken|vervolgafspraak|-0.99
p:nog een|samenvatting|0.73
p:nog een|waarschuwen|-0.6
p:nog een|prijzen|-0.97
p:nog een|vervolgafspraak|-0.8
p:nog eens|jij-boodschap|-0.99
p:nog eens|bevelen|-0.9
p:nog eens|moraliseren|0.98
p:nog eens|adviseren|-0.98
p:nog even|prijzen|0.83
p:nog geen|bekritiseren|-0.89
p:nog mee|interpreteren|1.0
p:nog meer|prijzen|-0.94
p:nog meer|afleiden|0.86
p:nog niet|ik-boodschap|0.86
p:nog niet|bevelen|0.92
p:nog over|samenvatting|-0.93
p:nog steeds|ik-boodschap|-0.8
p:nog steeds|open-vraag|-1.0
p:nog steeds|interpreteren|-1.0
p:nog vastloopt|waarschuwen|-0.93
p:nog wel|prijzen|0.97
p:nog zit|bekritiseren|0.84
p:nog zo'n|waarschuwen|0.97
p:nog één|parafrase|-0.95
p:nog één|bevelen|-0.81
p:nog één|waarschuwen|1.87
p:nog één|moraliseren|-0.92
p:nog één|bekritiseren|-0.52
p:nogal een|etiketteren|0.99
p:nogal kortzichtige|jij-boodschap|-0.97
p:nogal kortzichtige|argumenteren|-0.84
p:nogal kortzichtige|bekritiseren|0.95
p:nooit aan|ik-boodschap|-0.99
p:nooit aan|jij-boodschap|0.72
p:nooit als|jij-boodschap|-1.77
p:nooit als|ondervragen|0.93
p:nooit bereikbaar|bekritiseren|-1.31
p:nooit gekregen|ondervragen|-0.92
p:nooit haar|jij-boodschap|0.98
p:nooit haar|bekritiseren|0.63
p:nooit iets|bekritiseren|0.88
p:nooit in|bekritiseren|0.25
p:nooit is|bekritiseren|-0.53
p:nooit je|bekritiseren|1.1
p:nooit misschien|jij-boodschap|0.93
p:nooit na|bekritiseren|0.8
p:nooit op|bekritiseren|0.96
p:nooit problemen|bevelen|-1.0
p:nooit te|jij-boodschap|-0.98
p:nooit uitpraten|bevelen|0.82
p:nooit uitpraten|bekritiseren|0.59
p:nooit wat|jij-boodschap|0.84
p:nooit wat|bevelen|0.97
p:nooit zijn|jij-boodschap|-0.93
p:noor dat|bedanken|1.0
p:noor in|bekritiseren|-0.88
p:noor te|vervolgafspraak|0.88
p:noor tijdens|vervolgafspraak|-0.99
p:noor zegt|ondervragen|-1.0
p:noor zegt|afronding-aankondigen|-1.0
p:noor zit|ik-boodschap|-0.98
p:nooti op|jij-boodschap|1.09
p:nooti op|waarschuwen|-0.92
p:nooti op|bekritiseren|1.7
p:normaal bij|geruststellen|0.94
p:normaal bij|afleiden|-0.94
p:normaal dat|jij-boodschap|-1.0
p:normaal dat|open-vraag|-1.0
p:normaal dat|moraliseren|1.0
p:normaal dat|geruststellen|-1.0
p:normaal fatsoen|jij-boodschap|-0.76
p:normaal in|geruststellen|0.98
p:normaal om|jij-boodschap|0.93
p:normering is|parafrase|0.97
p:normering is|argumenteren|0.97
p:nou altijd|jij-boodschap|0.98
p:nou altijd|ondervragen|-0.98
p:nou eenmaal|moraliseren|0.92
p:nou eenmaal|afleiden|-0.99
p:nou fijn|bekritiseren|1.77
p:nou fijn|bedanken|-1.77
p:nou heel|bekritiseren|1.49
p:nou heel|bedanken|-1.76
p:nou ja|open-vraag|-1.0
p:nou ja|argumenteren|-0.92
p:nou ja|interpreteren|-1.0
p:nou ja|afleiden|1.0
p:nou kijk|ik-boodschap|0.92
p:nou kijk|bekritiseren|-0.56
p:nou lekker|bekritiseren|1.67
p:nou lekker|etiketteren|-0.92
p:nou maar|gevoelsreflectie|-0.83
p:nou maar|geruststellen|0.97
p:nou mevrouw|bekritiseren|-0.71
p:nou mevrouw|etiketteren|0.96
p:nou niet|jij-boodschap|-2.31
p:nou nooit|jij-boodschap|0.84
p:nou nou|bekritiseren|-0.71
p:nou nou|etiketteren|0.96
p:nou u|bekritiseren|-0.99
p:nu aan|bevelen|0.93
p:nu af|samenvatting|-0.86
p:nu beëindigen|vervolgafspraak|0.92
p:nu drie|bekritiseren|-0.99
p:nu echt|gevoelsreflectie|-0.99
p:nu echt|bevelen|1.0
p:nu echt|afronding-aankondigen|0.9
p:nu echt|vervolgafspraak|-1.49
p:nu echt|bedanken|-0.19
p:nu een|samenvatting|-0.98
p:nu een|afronding-aankondigen|1.0
p:nu een|vervolgafspraak|-0.92
p:nu eenmaal|bevelen|-0.99
p:nu eenmaal|interpreteren|-1.0
p:nu eenmaal|geruststellen|-0.94
p:nu eenmaal|afleiden|0.94
p:nu eens|bevelen|0.82
p:nu eerst|bevelen|0.92
p:nu eerst|geruststellen|-0.72
p:nu even|parafrase|-0.99
p:nu even|gevoelsreflectie|0.99
p:nu even|aanmoediging|-0.9
p:nu even|bekritiseren|0.59
p:nu even|prijzen|0.99
p:nu gaan|bevelen|-0.96
p:nu gehad|jij-boodschap|-1.03
p:nu gehad|gevoelsreflectie|-0.74
p:nu gehad|bekritiseren|-0.78
p:nu graag|vervolgafspraak|-0.99
p:nu je|ik-boodschap|0.98
p:nu mee|bevelen|0.9
p:nu mee|vervolgafspraak|0.92
p:nu mee|bedanken|0.92
p:nu meewerkt|gevoelsreflectie|-0.95
p:nu met|ik-boodschap|0.78
p:nu met|gevoelsreflectie|0.99
p:nu niet|afleiden|1.91
p:nu stoppen|vervolgafspraak|0.9
p:nu te|afronding-aankondigen|0.99
p:nu te|vervolgafspraak|-0.99
p:nu toe|parafrase|-0.81
p:nu toe|samenvatting|0.72
p:nu tussen|ik-boodschap|-0.67
p:nu zitten|bevelen|0.97
p:och dat|afleiden|1.0
p:och een|afleiden|1.0
p:ochtend te|ik-boodschap|0.96
p:ochtends ?|parafrase|1.0
p:ochtends ?|gevoelsreflectie|-1.0
p:ochtends ?|open-vraag|1.0
p:ochtends bij|vervolgafspraak|-1.0
p:oefenen haalt|waarschuwen|-0.92
p:oefeningen niet|gevoelsreflectie|-0.92
p:oefent haalt|argumenteren|0.98
p:oefent haalt|geruststellen|-0.9
p:oefent maar|samenvatting|-0.99
p:of hij|bekritiseren|0.98
p:of ik|parafrase|0.84
p:of ik|samenvatting|-0.77
p:of ik|waarschuwen|0.92
p:of je|argumenteren|-0.99
p:of minder|etiketteren|-1.0
p:of thee|ondervragen|-0.96
p:of ze|ik-boodschap|-0.92
p:ogen heeft|parafrase|1.0
p:ogen heeft|samenvatting|-1.0
p:ogen te|bevelen|0.9
p:oke ik|afleiden|-0.98
p:oke ik|afronding-aankondigen|0.98
p:oké ?|aanmoediging|-0.97
p:oké dat|bekritiseren|0.95
p:oké dus|parafrase|0.76
p:oké dus|samenvatting|-0.9
p:oké ik|gevoelsreflectie|-0.98
p:om aandacht|bekritiseren|-0.25
p:om acht|bevelen|0.99
p:om acht|waarschuwen|0.88
p:om af|waarschuwen|-1.0
p:om af|etiketteren|-1.0
p:om af|interpreteren|1.0
p:om af|ondervragen|-1.0
p:om bijles|bekritiseren|-0.93
p:om dat|parafrase|0.91
p:om de|ik-boodschap|-0.98
p:om de|samenvatting|0.56
p:om de|open-vraag|2.93
p:om de|vervolgafspraak|-1.9
p:om dit|ik-boodschap|-0.99
p:om drie|ik-boodschap|-0.99
p:om drie|bekritiseren|0.84
p:om een|adviseren|0.99
p:om elke|jij-boodschap|-0.99
p:om elke|adviseren|0.98
p:om even|bekritiseren|-0.92
p:om haar|moraliseren|-0.93
p:om haar|adviseren|0.83
p:om half|vervolgafspraak|0.92
p:om half|bedanken|0.92
p:om hem|gevoelsreflectie|-0.92
p:om hem|adviseren|-0.99
p:om hem|bekritiseren|-0.73
p:om hem|interpreteren|0.82
p:om hem|vervolgafspraak|-0.99
p:om het|parafrase|-1.72
p:om het|gevoelsreflectie|-1.0
p:om het|samenvatting|1.05
p:om hier|interpreteren|-0.77
p:om je|jij-boodschap|0.93
p:om je|moraliseren|0.98
p:om kwart|bevelen|0.98
p:om langs|vervolgafspraak|-0.93
p:om mee|moraliseren|-0.96
p:om met|bekritiseren|0.99
p:om naar|gevoelsreflectie|0.93
p:om negen|moraliseren|0.95
p:om niks|jij-boodschap|-0.99
p:om niks|bekritiseren|0.99
p:om nu|afronding-aankondigen|0.99
p:om nu|vervolgafspraak|-0.99
p:om rust|bevelen|-0.96
p:om samen|samenvatting|-1.0
p:om samen|adviseren|1.0
p:om samen|ondervragen|-0.92
p:om stoer|jij-boodschap|-0.58
p:om stoer|parafrase|0.95
p:om stoer|aanmoediging|-1.0
p:om stoer|interpreteren|1.0
p:om stoer|afronding-aankondigen|-1.0
p:om tafel|samenvatting|1.0
p:om tafel|afronding-aankondigen|-0.94
p:om tafel|vervolgafspraak|1.68
p:om te|ik-boodschap|2.72
p:om te|open-vraag|-0.99
p:om te|adviseren|-0.98
p:om te|bekritiseren|0.1
p:om te|prijzen|-0.99
p:om te|etiketteren|1.94
p:om te|interpreteren|-0.28
p:om te|geruststellen|-1.0
p:om te|afronding-aankondigen|-0.99
p:om te|vervolgafspraak|2.97
p:om te|bedanken|-0.99
p:om tien|ik-boodschap|0.91
p:om tien|waarschuwen|-0.91
p:om tien|argumenteren|-0.96
p:om tien|ondervragen|-0.82
p:om we|bekritiseren|-0.98
p:om weer|bekritiseren|-1.28
p:om zich|open-vraag|-0.98
p:om zich|bevelen|-0.98
p:om zijn|samenvatting|0.72
p:om zijn|vervolgafspraak|-0.91
p:oma te|vervolgafspraak|-0.99
p:omdat daan|ik-boodschap|1.0
p:omdat daan|parafrase|-1.0
p:omdat daan|bekritiseren|-1.0
p:omdat het|interpreteren|0.86
p:omdat hij|bevelen|-1.0
p:omdat hij|interpreteren|1.0
p:omdat hij|afleiden|-1.0
p:omdat je|bevelen|-0.91
p:omdat je|waarschuwen|-1.0
p:omdat je|etiketteren|-1.0
p:omdat je|interpreteren|1.94
p:omdat je|ondervragen|-1.0
p:omdat lina|ik-boodschap|0.99
p:omdat niemand|parafrase|0.99
p:omdat niemand|samenvatting|-0.94
p:omdat tess|vervolgafspraak|0.95
p:omdat u|jij-boodschap|-0.92
p:omdat u|parafrase|0.9
p:omdat u|bekritiseren|-0.95
p:omdat u|prijzen|-0.95
p:omdat u|interpreteren|0.95
p:omdat uw|parafrase|0.98
p:omdat uw|gevoelsreflectie|0.74
p:omdat ze|ik-boodschap|0.94
p:omdat ze|interpreteren|-0.32
p:omdat ze|geruststellen|0.99
p:omgaat ?|bekritiseren|0.96
p:onbeantwoord bleven|parafrase|0.98
p:onbeantwoord bleven|gevoelsreflectie|0.74
p:onbeleefd gedraagt|bekritiseren|0.55
p:onbeleefd tegen|bekritiseren|-1.62
p:onbeschoft gedraagt|jij-boodschap|0.92
p:onbetrouwbare jongen|moraliseren|-0.99
p:onbetrouwbare jongen|bekritiseren|-1.79
p:onbetrouwbare jongen|etiketteren|0.88
p:onder de|samenvatting|-0.99
p:onder de|open-vraag|-0.99
p:onder de|vervolgafspraak|0.99
p:onder tafel|vervolgafspraak|-0.92
p:onder zetten|afronding-aankondigen|1.0
p:onderbreekt me|bekritiseren|0.59
p:onderbreekt raak|samenvatting|-1.0
p:onderbreken ik|bevelen|0.92
p:onderschat dit|bekritiseren|0.95
p:onderzoek blijkt|argumenteren|0.93
p:oneerlijk behandeld|gevoelsreflectie|0.98
p:oneerlijk over|gevoelsreflectie|-0.93
p:oneerlijk over|bekritiseren|0.82
p:ongeldig verklaard|samenvatting|-0.87
p:ongeldig verklaard|waarschuwen|0.91
p:ongepaste vraag|bekritiseren|0.98
p:ongerust bent|gevoelsreflectie|0.98
p:ongerust bent|adviseren|-0.82
p:ongerust bent|geruststellen|0.6
p:ongerust bent|bedanken|-0.99
p:ongerust hoor|ondervragen|0.96
p:ongerust over|gevoelsreflectie|0.93
p:ongerust over|geruststellen|-0.29
p:ongerust te|moraliseren|-0.92
p:ongerust want|ik-boodschap|0.99
p:ongeïnteresseerd dat|bekritiseren|-1.76
p:onhandig geweest|bekritiseren|0.52
p:online doet|bekritiseren|0.83
p:onmogelijk want|argumenteren|0.94
p:onredelijke opmerking|afleiden|-0.95
p:onrustig en|parafrase|-0.95
p:onrustig en|open-vraag|-0.95
p:onrustig wordt|ik-boodschap|-0.84
p:ons gesprek|adviseren|-0.99
p:ons hier|afleiden|1.0
p:ons later|geruststellen|-0.97
p:ons nodig|parafrase|-0.91
p:ontbreekt moet|bekritiseren|-0.94
p:ontvangen ?|afleiden|-0.93
p:onvoldoende en|waarschuwen|0.99
p:onvoldoende heeft|argumenteren|0.85
p:onvoldoende in|argumenteren|-0.79
p:onvoldoende in|afleiden|0.99
p:onvoldoende meer|etiketteren|-1.0
p:onvoldoende op|afleiden|-0.96
p:onze afspraken|gevoelsreflectie|-1.0
p:onze afspraken|bekritiseren|1.0
p:onze beste|moraliseren|0.99
p:onze beste|prijzen|0.99
p:onze tijd|bekritiseren|-0.98
p:onzeker is|interpreteren|0.62
p:onzeker over|gevoelsreflectie|0.97
p:onzeker van|gevoelsreflectie|0.83
p:onzin dat|bekritiseren|0.95
p:oog binnenkwam|ik-boodschap|0.94
p:ooit gereageerd|jij-boodschap|0.94
p:ooit gereageerd|bekritiseren|0.94
p:ook 's|ondervragen|1.0
p:ook 's|bedanken|-1.0
p:ook altijd|gevoelsreflectie|-1.0
p:ook altijd|bekritiseren|1.91
p:ook bij|jij-boodschap|-0.92
p:ook bij|bekritiseren|-0.58
p:ook bij|prijzen|-0.92
p:ook bij|vervolgafspraak|1.65
p:ook dat|moraliseren|0.95
p:ook dat|argumenteren|-0.95
p:ook de|vervolgafspraak|1.54
p:ook een|adviseren|0.98
p:ook eens|jij-boodschap|1.75
p:ook eens|adviseren|0.81
p:ook eens|bekritiseren|1.61
p:ook eens|prijzen|-0.81
p:ook even|moraliseren|-0.96
p:ook even|geruststellen|-0.53
p:ook hebben|prijzen|-0.99
p:ook in|open-vraag|-0.96
p:ook in|adviseren|-0.98
p:ook in|prijzen|0.98
p:ook lastig|bekritiseren|-0.95
p:ook lastig|prijzen|-0.95
p:ook meekwam|bedanken|1.0
p:ook naar|gevoelsreflectie|0.91
p:ook niet|ik-boodschap|-0.93
p:ook niet|geruststellen|0.93
p:ook niet|ondervragen|-0.93
p:ook niks|ik-boodschap|-0.76
p:ook niks|argumenteren|0.76
p:ook nog|prijzen|0.97
p:ook nooit|bevelen|0.97
p:ook nooit|bekritiseren|0.99
p:ook nu|gevoelsreflectie|-0.95
p:ook stil|waarschuwen|-1.0
p:ook uit|afleiden|-0.94
p:ook voor|vervolgafspraak|-0.99
p:ook wel|bekritiseren|-0.92
p:ook wel|prijzen|0.67
p:ook zo|moraliseren|0.99
p:ook zo|prijzen|0.99
p:op 12|argumenteren|0.96
p:op 14|samenvatting|0.93
p:op 14|vervolgafspraak|0.81
p:op als|bekritiseren|0.96
p:op anders|waarschuwen|0.99
p:op bram|waarschuwen|0.88
p:op dat|ik-boodschap|-0.92
p:op de|ik-boodschap|-1.83
p:op de|jij-boodschap|1.09
p:op de|parafrase|1.0
p:op de|open-vraag|0.93
p:op de|waarschuwen|1.0
p:op de|moraliseren|0.93
p:op de|adviseren|-0.13
p:op de|argumenteren|-0.79
p:op de|bekritiseren|3.57
p:op de|prijzen|1.78
p:op de|ondervragen|0.99
p:op de|afronding-aankondigen|-1.0
p:op de|bedanken|0.79
p:op deze|geruststellen|0.94
p:op die|open-vraag|-1.0
p:op die|geruststellen|-1.91
p:op die|afleiden|0.91
p:op dinsdag|interpreteren|-0.99
p:op dinsdag|vervolgafspraak|-0.83
p:op donderdag|open-vraag|-1.0
p:op donderdag|geruststellen|-1.0
p:op drie|waarschuwen|-0.86
p:op drie|argumenteren|0.61
p:op een|parafrase|-0.96
p:op een|samenvatting|1.97
p:op een|open-vraag|0.98
p:op een|moraliseren|0.95
p:op een|adviseren|-0.83
p:op een|etiketteren|0.99
p:op een|vervolgafspraak|-0.91
p:op excursie|parafrase|-0.99
p:op excursie|prijzen|0.99
p:op geen|jij-boodschap|0.94
p:op geen|bekritiseren|0.94
p:op gewoon|moraliseren|-0.93
p:op haar|jij-boodschap|0.99
p:op haar|gevoelsreflectie|0.9
p:op haar|bekritiseren|-1.76
p:op hem|argumenteren|-0.98
p:op hem|bekritiseren|0.6
p:op hem|interpreteren|0.89
p:op het|prijzen|-0.99
p:op het|afleiden|0.91
p:op in|bevelen|-0.92
p:op in|afleiden|0.99
p:op je|samenvatting|-0.91
p:op je|ondervragen|1.0
p:op je|bedanken|-1.0
p:op kamp|gevoelsreflectie|0.95
p:op kamp|waarschuwen|0.11
p:op kamp|ondervragen|-1.0
p:op kantoor|vervolgafspraak|0.96
p:op laten|ik-boodschap|0.95
p:op maandag|parafrase|0.76
p:op maandag|samenvatting|-0.9
p:op maar|jij-boodschap|1.56
p:op maar|samenvatting|-0.63
p:op maar|bekritiseren|1.4
p:op mijn|jij-boodschap|-0.85
p:op mijn|bekritiseren|-0.94
p:op of|bekritiseren|0.98
p:op onze|gevoelsreflectie|-1.0
p:op onze|bekritiseren|1.0
p:op school|jij-boodschap|-0.49
p:op school|parafrase|-0.89
p:op school|samenvatting|0.88
p:op school|bevelen|-1.0
p:op school|bekritiseren|-1.89
p:op school|prijzen|-0.95
p:op school|geruststellen|-0.93
p:op school|ondervragen|-1.0
p:op school|afleiden|-0.91
p:op school|bedanken|0.14
p:op stap|open-vraag|-1.0
p:op stap|ondervragen|1.0
p:op tafel|ik-boodschap|-0.92
p:op tafel|open-vraag|1.0
p:op tijd|jij-boodschap|-0.94
p:op tijd|bevelen|0.81
p:op tijd|bekritiseren|0.31
p:op tijd|interpreteren|-1.55
p:op uw|adviseren|-0.99
p:op uw|prijzen|0.92
p:op uzelf|gevoelsreflectie|-1.0
p:op wat|jij-boodschap|0.99
p:op wat|bekritiseren|-1.71
p:op welke|ondervragen|-0.99
p:op wit|samenvatting|-1.0
p:op wit|moraliseren|-1.0
p:op wit|argumenteren|1.0
p:op woensdag|samenvatting|0.86
p:op zijn|jij-boodschap|-0.93
p:op zijn|samenvatting|0.94
p:op zijn|open-vraag|1.0
p:op zijn|waarschuwen|-0.97
p:op zijn|bekritiseren|-0.83
p:op zijn|etiketteren|-0.97
p:op zijn|geruststellen|0.91
p:op zijn|afleiden|-0.96
p:op zijn|vervolgafspraak|-0.99
p:op zo|geruststellen|-0.98
p:op zondag|adviseren|0.99
p:op zondag|vervolgafspraak|-0.64
p:opdagen bij|adviseren|-0.99
p:opdagen wordt|ik-boodschap|-0.99
p:opdracht doen|adviseren|-0.97
p:opdracht doen|prijzen|0.97
p:opdracht in|ik-boodschap|0.95
p:opdracht in|jij-boodschap|-0.95
p:opdracht in|bekritiseren|-0.86
p:opdracht staat|ik-boodschap|-0.9
p:opdracht staat|argumenteren|1.75
p:opdracht staat|bekritiseren|0.9
p:opdracht vrijdag|moraliseren|-0.95
p:opdracht wel|bekritiseren|-0.53
p:opdracht wel|geruststellen|-0.92
p:opdrachten niet|vervolgafspraak|-0.72
p:opdrachten steeds|parafrase|-0.9
p:opdrachten toe|ik-boodschap|0.88
p:opdrachten toe|waarschuwen|-0.88
p:opdrachten toekomt|ik-boodschap|0.99
p:open bent|vervolgafspraak|-0.92
p:opgaven niet|open-vraag|-0.99
p:opgaven niet|vervolgafspraak|0.99
p:opgevat ?|parafrase|-1.0
p:opgevat ?|samenvatting|-1.0
p:opgevat ?|aanmoediging|-1.0
p:opgevat ?|afronding-aankondigen|-1.0
p:oplaadt kun|ik-boodschap|0.99
p:opmerking en|waarschuwen|0.97
p:opmerking en|bekritiseren|-0.52
p:opmerking is|jij-boodschap|-0.8
p:opmerking is|bekritiseren|0.94
p:opmerking slaat|jij-boodschap|-0.96
p:opnieuw beginnen|vervolgafspraak|-0.99
p:opnieuw om|afronding-aankondigen|-0.94
p:opnieuw om|vervolgafspraak|0.68
p:oprecht jammer|ik-boodschap|0.99
p:opschrijft dus|ik-boodschap|0.98
p:opstaat kunnen|ik-boodschap|0.91
p:opstandig is|interpreteren|0.96
p:opvoeden doe|argumenteren|-0.87
p:opvoeden doe|interpreteren|-1.0
p:opziet tegen|parafrase|-0.97
p:orthopedagoog gewoon|bekritiseren|0.7
p:oude school|samenvatting|0.99
p:oude school|open-vraag|0.99
p:oude school|interpreteren|0.98
p:oude school|geruststellen|0.86
p:ouder bent|prijzen|0.92
p:ouder bent|geruststellen|2.04
p:ouder controleert|adviseren|-0.99
p:ouder controleert|argumenteren|-0.99
p:ouder controleert|etiketteren|-0.87
p:ouder die|gevoelsreflectie|-0.97
p:ouder die|prijzen|-0.84
p:ouder die|etiketteren|0.97
p:ouder heb|moraliseren|0.98
p:ouder hoort|argumenteren|0.99
p:ouder moet|jij-boodschap|-0.93
p:ouder om|moraliseren|-0.96
p:ouder weet|parafrase|-1.0
p:ouder weet|moraliseren|1.0
p:ouder weet|bekritiseren|-1.0
p:ouderavond is|open-vraag|-1.0
p:ouderavond is|geruststellen|-1.0
p:ouderavond stond|argumenteren|0.99
p:ouders dat|ondervragen|1.0
p:ouders dat|bedanken|-1.0
p:ouders gemaild|argumenteren|0.99
p:ouders gemaild|geruststellen|-0.87
p:ouders hebben|argumenteren|-0.99
p:ouders hier|moraliseren|0.79
p:ouders horen|ik-boodschap|-0.93
p:ouders horen|moraliseren|0.93
p:ouders tekortgeschoten|bekritiseren|0.41
p:ouders veel|bekritiseren|-2.24
p:ouders wachten|moraliseren|-0.77
p:ouders wachten|vervolgafspraak|-1.57
p:ouders wachten|bedanken|-0.9
p:ouders wat|moraliseren|1.0
p:ouders wat|afleiden|-1.0
p:over ?|gevoelsreflectie|-0.99
p:over ?|geruststellen|-0.99
p:over acht|ik-boodschap|0.99
p:over acht|bevelen|0.98
p:over buikpijn|parafrase|1.0
p:over buikpijn|gevoelsreflectie|-1.0
p:over buikpijn|open-vraag|1.0
p:over dat|afleiden|0.91
p:over de|ik-boodschap|-1.79
p:over de|parafrase|0.95
p:over de|gevoelsreflectie|0.17
p:over de|samenvatting|-0.75
p:over de|prijzen|-0.91
p:over de|interpreteren|1.58
p:over de|geruststellen|0.99
p:over de|afleiden|-0.12
p:over de|afronding-aankondigen|0.89
p:over de|vervolgafspraak|-0.96
p:over die|adviseren|-0.97
p:over drie|bedanken|0.9
p:over duurzaamheid|interpreteren|-0.85
p:over een|samenvatting|1.0
p:over een|etiketteren|-0.95
p:over een|geruststellen|1.92
p:over een|afronding-aankondigen|-0.94
p:over een|vervolgafspraak|2.6
p:over een|bedanken|-1.0
p:over haar|gevoelsreflectie|-0.74
p:over haar|afleiden|-1.0
p:over hebben|afleiden|0.92
p:over het|parafrase|-1.0
p:over het|aanmoediging|-1.0
p:over het|bekritiseren|-0.95
p:over het|afleiden|-0.97
p:over het|afronding-aankondigen|-1.85
p:over het|vervolgafspraak|1.0
p:over het|bedanken|-1.0
p:over hetzelfde|ik-boodschap|0.95
p:over iets|bevelen|-1.0
p:over iets|waarschuwen|-0.76
p:over iets|ondervragen|-1.0
p:over iets|afleiden|1.0
p:over iets|afronding-aankondigen|-0.98
p:over iets|vervolgafspraak|-1.0
p:over ik|samenvatting|-0.99
p:over ik|open-vraag|-0.99
p:over ik|vervolgafspraak|0.99
p:over in|afleiden|-0.92
p:over je|ik-boodschap|0.96
p:over je|jij-boodschap|-1.03
p:over je|bekritiseren|-0.78
p:over je|afleiden|0.96
p:over naar|argumenteren|-0.92
p:over negen|ik-boodschap|-0.94
p:over school|open-vraag|-0.93
p:over twee|parafrase|-0.91
p:over twee|samenvatting|0.85
p:over twee|geruststellen|-0.9
p:over twee|afronding-aankondigen|-0.96
p:over twee|vervolgafspraak|0.99
p:over u|interpreteren|0.96
p:over uw|afleiden|-0.97
p:over verteld|parafrase|0.81
p:over vertellen|parafrase|-0.99
p:over vertellen|gevoelsreflectie|0.99
p:over vertellen|open-vraag|0.9
p:over vertellen|adviseren|-0.99
p:over vijf|vervolgafspraak|-0.9
p:over wat|gevoelsreflectie|-0.92
p:over wat|open-vraag|1.0
p:over wat|bekritiseren|0.82
p:over zes|bedanken|-0.85
p:over zijn|ik-boodschap|-0.98
p:over zijn|samenvatting|0.12
p:over zijn|open-vraag|-1.0
p:over zijn|interpreteren|-1.0
p:over zijn|afleiden|0.15
p:over zijn|vervolgafspraak|-1.97
p:over zijn|bedanken|0.79
p:over zo|geruststellen|-0.99
p:overal een|gevoelsreflectie|-0.97
p:overal een|prijzen|-0.84
p:overal een|etiketteren|0.97
p:overal kritiek|jij-boodschap|1.56
p:overal kritiek|samenvatting|-0.63
p:overal kritiek|bekritiseren|1.4
p:overal mee|gevoelsreflectie|-0.8
p:overbezorgde ouders|etiketteren|0.97
p:overdreven dramatisch|bevelen|-0.76
p:overdrijft echt|bekritiseren|0.84
p:overdrijft enorm|bekritiseren|0.16
p:overdrijft enorm|prijzen|-1.0
p:overgangsnorm voor|vervolgafspraak|-0.99
p:overgangsnormen daar|ik-boodschap|-0.76
p:overgangsnormen daar|argumenteren|0.76
p:overgangsnormen niet|geruststellen|-0.99
p:overhoren door|waarschuwen|-0.99
p:overkomt de|geruststellen|0.94
p:overkomt iedereen|geruststellen|-1.53
p:overkomt iedereen|afleiden|0.84
p:overleg met|samenvatting|0.93
p:overleg met|vervolgafspraak|0.81
p:overslaat kan|waarschuwen|-0.93
p:overstap naar|parafrase|-0.97
p:overstap naar|afronding-aankondigen|-0.85
p:overstap zwaar|samenvatting|0.6
p:overstap zwaar|open-vraag|-0.98
p:paar appjes|gevoelsreflectie|-0.94
p:paar keer|afleiden|1.0
p:paar weken|geruststellen|0.98
p:pak ik|ik-boodschap|-1.0
p:pak ik|waarschuwen|1.0
p:pak ik|moraliseren|-1.0
p:pak ik|adviseren|-1.0
p:pak je|bevelen|1.0
p:pak je|interpreteren|-1.0
p:pak je|afleiden|-1.0
p:pakken ?|afleiden|0.98
p:pas als|bekritiseren|0.93
p:pas als|etiketteren|-1.0
p:pas als|afleiden|-1.0
p:pas na|parafrase|0.91
p:pas om|ik-boodschap|0.97
p:pas om|waarschuwen|-0.91
p:pas op|waarschuwen|0.99
p:pas op|geruststellen|-0.98
p:pasje weer|ik-boodschap|-0.91
p:pauze alleen|ik-boodschap|0.85
p:pauze alleen|open-vraag|-0.97
p:pauze hebt|ik-boodschap|0.95
p:pauze hebt|gevoelsreflectie|-0.95
p:pauze niet|ik-boodschap|-0.99
p:pauze vaak|open-vraag|0.98
p:per dag|ondervragen|1.0
p:per dag|bedanken|-1.0
p:per week|ik-boodschap|-0.98
p:periode met|samenvatting|-1.0
p:periode met|bevelen|-1.0
p:periode noor|bekritiseren|0.61
p:pest andere|parafrase|-1.0
p:pest niet|jij-boodschap|1.49
p:pest niet|etiketteren|-0.96
p:pesterijen en|gevoelsreflectie|-0.74
p:pesterijen over|afronding-aankondigen|0.86
p:pesterijen stoppen|parafrase|-0.99
p:pet af|gevoelsreflectie|-1.0
p:pet af|bevelen|1.0
p:pet af|argumenteren|-1.0
p:pet naar|bekritiseren|0.93
p:pff dat|gevoelsreflectie|-0.94
p:piekeren jesse|bevelen|-0.82
p:pijn hebt|bevelen|-0.93
p:pijn om|prijzen|-0.99
p:plaats gewoon|adviseren|0.94
p:plaats van|adviseren|-0.97
p:plan dat|gevoelsreflectie|0.92
p:plan dat|vervolgafspraak|0.92
p:plan een|afronding-aankondigen|-0.9
p:plan maken|vervolgafspraak|0.88
p:plannen ?|jij-boodschap|-1.77
p:plannen ?|bekritiseren|-1.0
p:plannen daan|bevelen|0.85
p:plannen een|afronding-aankondigen|0.91
p:plannen en|argumenteren|-0.86
p:plannen voor|jij-boodschap|-0.92
p:plannen voor|prijzen|-0.99
p:planner bijhoudt|ik-boodschap|-0.98
p:planner bijhoudt|samenvatting|0.82
p:planner geen|ik-boodschap|0.98
p:planner in|ik-boodschap|0.96
p:planner in|vervolgafspraak|-0.96
p:planner te|bekritiseren|0.89
p:planner voor|adviseren|0.99
p:planning controleert|vervolgafspraak|0.93
p:planning en|jij-boodschap|0.58
p:planning en|samenvatting|0.94
p:planning en|waarschuwen|-1.0
p:planning en|bekritiseren|0.38
p:planning en|vervolgafspraak|1.0
p:planning en|bedanken|0.79
p:planning ik|samenvatting|0.94
p:planning maakt|moraliseren|-0.98
p:planning voor|afleiden|-0.95
p:playstation gewoon|bekritiseren|0.25
p:playstation zo|moraliseren|0.83
p:plek in|parafrase|-0.11
p:plek in|samenvatting|-0.77
p:plek in|open-vraag|-0.95
p:plek op|waarschuwen|0.95
p:plezier naar|samenvatting|0.98
p:plezier naar|bekritiseren|-0.93
p:plicht om|moraliseren|0.98
p:pootjes terecht|geruststellen|0.91
p:positiefs hebben|afronding-aankondigen|-0.98
p:potje van|bekritiseren|0.96
p:praat met|parafrase|-0.91
p:praat met|samenvatting|0.86
p:praat thuis|samenvatting|0.94
p:praat thuis|bedanken|0.79
p:praat veel|open-vraag|-0.96
p:praat volgende|ik-boodschap|-0.98
p:praat volgende|samenvatting|0.82
p:praten kan|ik-boodschap|0.93
p:praten waardoor|vervolgafspraak|-0.92
p:praten want|ik-boodschap|0.95
p:praten we|vervolgafspraak|0.9
p:precies ?|open-vraag|1.0
p:precies gebeurd|ondervragen|1.0
p:prestatie van|geruststellen|-0.98
p:prikkelbaar is|samenvatting|0.6
p:prikkelbaar is|open-vraag|-0.98
p:prima dat|bekritiseren|0.84
p:prima doen|geruststellen|1.72
p:prima maar|ondervragen|-1.0
p:prima zo|gevoelsreflectie|-1.0
p:prima zo|samenvatting|-1.0
p:prinses die|etiketteren|0.99
p:probeer haar|interpreteren|-0.9
p:probeert gewoon|ik-boodschap|-1.0
p:probeert gewoon|jij-boodschap|-1.0
p:probeert gewoon|bekritiseren|-1.0
p:probeert gewoon|etiketteren|-1.0
p:probeert gewoon|interpreteren|1.0
p:probeert u|adviseren|1.0
p:probeert u|ondervragen|-0.96
p:probleem dat|prijzen|0.91
p:probleem in|interpreteren|1.0
p:probleem is|parafrase|0.99
p:probleem is|samenvatting|-0.71
p:probleem klopt|samenvatting|0.95
p:probleem van|gevoelsreflectie|-0.97
p:probleem van|prijzen|-0.84
p:probleem van|etiketteren|0.97
p:probleem voor|interpreteren|1.0
p:probleem voor|bedanken|-0.87
p:problemen gehad|bevelen|-1.0
p:profiel wat|parafrase|0.91
p:project over|interpreteren|-0.85
p:project werken|ik-boodschap|0.99
p:projecteert uw|interpreteren|0.89
p:protocol schrijft|argumenteren|0.97
p:protocol staat|argumenteren|-2.54
p:puber heeft|afleiden|-0.98
p:puber wel|afleiden|1.0
p:pubers he|bekritiseren|-0.66
p:pubers he|afleiden|0.98
p:pubers over|argumenteren|-0.92
p:puberteit daar|geruststellen|-0.94
p:puberteit daar|afleiden|0.94
p:puinhoop van|bekritiseren|0.44
p:punt achter|vervolgafspraak|-1.82
p:punt blijven|ik-boodschap|0.95
p:raak ik|samenvatting|-1.0
p:raak ik|argumenteren|-0.99
p:raakt hij|ik-boodschap|0.99
p:raakt me|gevoelsreflectie|-0.98
p:raakt u|parafrase|-0.99
p:raakt u|gevoelsreflectie|0.99
p:raken en|ik-boodschap|0.99
p:rapport komt|geruststellen|-0.9
p:rapport reken|afleiden|-0.96
p:rapport volgende|afronding-aankondigen|-0.96
p:reactie van|etiketteren|0.79
p:reageert omdat|jij-boodschap|-0.92
p:reageert snel|bekritiseren|-0.94
p:reageert zijn|ik-boodschap|-0.99
p:reageren kan|waarschuwen|0.93
p:reageren nooti|jij-boodschap|1.09
p:reageren nooti|waarschuwen|-0.92
p:reageren nooti|bekritiseren|1.7
p:redelijk dus|vervolgafspraak|-0.88
p:redelijk op|parafrase|-0.81
p:regel dat|gevoelsreflectie|-0.91
p:regel geldt|argumenteren|1.0
p:regelen ?|bekritiseren|-0.93
p:regelen we|afleiden|-0.92
p:regelmatig vergeet|vervolgafspraak|0.95
p:regels een|prijzen|-0.92
p:regels houden|bevelen|0.93
p:regels zijn|argumenteren|1.98
p:regels zijn|prijzen|-0.92
p:regels zijn|geruststellen|-0.87
p:regelt dan|prijzen|0.97
p:reglement mag|argumenteren|0.94
p:reken daar|afleiden|-0.96
p:reken erop|gevoelsreflectie|-0.95
p:reken op|samenvatting|-0.91
p:reken op|prijzen|0.92
p:rekenen dat|interpreteren|-1.0
p:rekenen dat|afronding-aankondigen|-1.0
p:rekenmachine niet|open-vraag|-0.99
p:rekenmachine niet|vervolgafspraak|0.99
p:rekenmachine vergeten|gevoelsreflectie|-0.92
p:rekentoets en|vervolgafspraak|-0.99
p:respect te|moraliseren|1.0
p:respect voor|jij-boodschap|0.95
p:respect voor|waarschuwen|-0.99
p:respect voor|moraliseren|-0.95
p:respect voor|bekritiseren|0.76
p:respectloze reactie|bekritiseren|0.99
p:rest van|argumenteren|0.96
p:rest van|vervolgafspraak|0.95
p:rijtje het|samenvatting|0.99
p:rijtje het|open-vraag|0.98
p:rijtje zet|parafrase|-0.96
p:rijtje zet|samenvatting|0.98
p:rijtje zet|vervolgafspraak|-0.91
p:rik zit|ik-boodschap|0.99
p:roept kunnen|ik-boodschap|0.99
p:roept kunnen|waarschuwen|-0.99
p:rollen bram|bevelen|0.9
p:ronden af|afronding-aankondigen|1.92
p:ronden af|vervolgafspraak|0.59
p:ronden af|bedanken|0.99
p:ronden het|samenvatting|-0.86
p:ronden we|bedanken|-0.91
p:ronduit onbeschoft|bekritiseren|0.62
p:rooster staat|argumenteren|0.94
p:rotmoment zijn|gevoelsreflectie|0.95
p:rotmoment zijn|etiketteren|-0.72
p:ruben het|parafrase|-1.0
p:ruben het|samenvatting|-1.0
p:ruben het|aanmoediging|-1.0
p:ruben het|afronding-aankondigen|-1.0
p:ruimt vast|jij-boodschap|-0.94
p:rust structuur|bevelen|-0.96
p:rusten ik|samenvatting|-0.93
p:rustig aan|bevelen|0.96
p:rustig even|gevoelsreflectie|-0.99
p:rustig even|aanmoediging|0.99
p:rustig worden|bevelen|1.0
p:rustiger zijn|vervolgafspraak|0.92
p:ruzie begon|samenvatting|-1.0
p:ruzie begon|open-vraag|-1.0
p:ruzie in|samenvatting|1.71
p:ruzie in|open-vraag|0.98
p:ruzie met|parafrase|0.96
p:ruzie met|samenvatting|-0.73
p:ruzie met|waarschuwen|-0.96
p:ruzie met|vervolgafspraak|-0.91
p:ruzietjes hebben|geruststellen|-0.91
p:ruzietjes hebben|afleiden|0.91
p:ruzietjes zijn|afleiden|0.93
p:samen de|jij-boodschap|-0.99
p:samen de|samenvatting|-1.0
p:samen de|adviseren|1.0
p:samen een|vervolgafspraak|0.88
p:samen evalueren|adviseren|-0.94
p:samen gekeken|jij-boodschap|0.58
p:samen gekeken|bekritiseren|0.38
p:samen haar|adviseren|0.98
p:samen hoe|ik-boodschap|-0.98
p:samen hoe|samenvatting|0.82
p:samen met|waarschuwen|-1.0
p:samen met|moraliseren|-0.98
p:samen met|adviseren|0.99
p:samen met|argumenteren|-0.87
p:samen met|interpreteren|-1.0
p:samen met|vervolgafspraak|1.31
p:samen te|parafrase|-0.72
p:samen te|moraliseren|-0.96
p:samen te|ondervragen|-0.92
p:samen wat|samenvatting|0.93
p:samen wat|vervolgafspraak|0.81
p:samen wel|argumenteren|-1.0
p:samen wel|prijzen|-1.0
p:samen wel|interpreteren|-1.0
p:samen wel|geruststellen|1.0
p:samen wel|bedanken|-1.0
p:samen zijn|adviseren|0.99
p:samengevat de|gevoelsreflectie|0.92
p:samengevat de|vervolgafspraak|0.92
p:samengevat het|samenvatting|0.84
p:samengevat het|bekritiseren|-0.84
p:samengevat hij|jij-boodschap|-0.41
p:samengevat lieke|samenvatting|0.6
p:samengevat lieke|open-vraag|-0.98
p:samengevat meer|aanmoediging|-0.99
p:samengevat u|jij-boodschap|1.56
p:samengevat u|samenvatting|0.32
p:samengevat u|bekritiseren|1.4
p:samengevat u|vervolgafspraak|-0.56
p:samenvat in|samenvatting|0.87
p:samenvat jayden|samenvatting|0.91
p:samenvat je|gevoelsreflectie|-0.98
p:samenvat je|samenvatting|0.82
p:samenvat u|ondervragen|-1.0
p:samenvat u|vervolgafspraak|-1.0
p:samenvat wat|parafrase|0.95
p:samenvat wat|samenvatting|-0.95
p:samenvatten je|parafrase|-0.95
p:samenvatten je|open-vraag|-0.95
p:samenvatten u|samenvatting|0.94
p:samenvatten u|bedanken|0.79
p:samenvattend de|samenvatting|0.95
p:samenvattend de|argumenteren|-0.95
p:schaamt je|aanmoediging|-0.99
p:schakel ik|waarschuwen|0.74
p:scheiding daar|interpreteren|1.0
p:scheiding en|interpreteren|0.88
p:scherm en|aanmoediging|-0.99
p:schermgebruik vlak|argumenteren|0.93
p:schieten we|ik-boodschap|0.95
p:school brengen|interpreteren|-0.84
p:school daaraan|samenvatting|0.91
p:school dat|argumenteren|-0.87
p:school dat|geruststellen|0.86
p:school een|afronding-aankondigen|-0.8
p:school een|bedanken|-0.8
p:school en|parafrase|-0.99
p:school en|samenvatting|0.99
p:school en|open-vraag|0.99
p:school gaat|samenvatting|0.98
p:school gewoon|bekritiseren|0.99
p:school gewoon|etiketteren|-0.96
p:school ging|geruststellen|-0.97
p:school heeft|jij-boodschap|-0.92
p:school het|interpreteren|1.0
p:school het|bedanken|-0.87
p:school ik|samenvatting|0.83
p:school ik|bekritiseren|-0.94
p:school ik|afronding-aankondigen|0.83
p:school ik|bedanken|0.94
p:school is|ik-boodschap|0.91
p:school is|jij-boodschap|-0.49
p:school laten|bekritiseren|0.98
p:school niet|ik-boodschap|-0.94
p:school niet|parafrase|0.93
p:school niet|geruststellen|-0.93
p:school niet|afleiden|-0.91
p:school te|parafrase|1.0
p:school te|gevoelsreflectie|-0.91
p:school te|samenvatting|-1.0
p:school te|bekritiseren|-0.93
p:school trekt|parafrase|-0.81
p:school u|parafrase|0.99
p:school van|adviseren|0.81
p:school van|prijzen|-0.81
p:school vertelt|open-vraag|-0.93
p:school wil|ondervragen|-1.0
p:school wil|afronding-aankondigen|-1.0
p:schoolarts kijken|vervolgafspraak|0.95
p:schooldag om|moraliseren|0.95
p:schooldag om|adviseren|-0.83
p:schoolgids al|afleiden|0.99
p:schoolkamp hebben|bekritiseren|-0.95
p:schoolplein wil|afleiden|0.91
p:schoolreis hebben|afleiden|0.84
p:schooltijd op|interpreteren|0.89
p:schorsing geldt|argumenteren|-0.98
p:schorsing heeft|gevoelsreflectie|0.91
p:schorsing heeft|prijzen|-0.91
p:schreef dat|gevoelsreflectie|-0.98
p:schreef dat|moraliseren|-0.95
p:schreeuwen alstublieft|etiketteren|-0.85
p:schrift bekeken|aanmoediging|-0.93
p:schrijf dit|waarschuwen|-0.93
p:schrijfopdracht schreef|gevoelsreflectie|-0.98
p:schrijft voor|argumenteren|0.97
p:schrik hier|gevoelsreflectie|-1.0
p:schrik hier|vervolgafspraak|-1.0
p:schrik moet|gevoelsreflectie|0.99
p:schrik voor|gevoelsreflectie|0.89
p:schrok de|gevoelsreflectie|-0.9
p:schrok de|samenvatting|-0.95
p:schrok ik|ik-boodschap|0.95
p:schrok ik|gevoelsreflectie|-0.95
p:schrok ik|bedanken|-0.94
p:schuift aan|bevelen|-0.9
p:schuift ook|vervolgafspraak|1.54
p:schuld aan|jij-boodschap|0.99
p:schuld aan|samenvatting|-0.82
p:schuld aan|open-vraag|-0.99
p:schuld aan|bekritiseren|1.81
p:schuldig voelt|bekritiseren|-0.48
p:schuldig voelt|interpreteren|1.0
p:sectie ik|gevoelsreflectie|0.92
p:sectie ik|vervolgafspraak|0.92
p:sem is|moraliseren|-0.99
p:sem is|bekritiseren|-1.79
p:sem is|etiketteren|0.88
p:sem waarom|open-vraag|-0.99
p:sem zijn|ik-boodschap|0.97
p:september in|argumenteren|1.03
p:september naar|argumenteren|0.99
p:september naar|geruststellen|-0.87
p:serieus en|ik-boodschap|0.94
p:serieus genomen|gevoelsreflectie|0.74
p:sfeer in|ik-boodschap|-0.99
p:sfeer in|jij-boodschap|1.42
p:sfeer in|samenvatting|0.95
p:sfeer in|waarschuwen|0.99
p:sfeer in|bekritiseren|1.88
p:simpel is|geruststellen|-0.99
p:simpel wie|argumenteren|0.98
p:simpel wie|geruststellen|-0.9
p:sinds bas|ik-boodschap|0.99
p:sinds de|ik-boodschap|0.96
p:sinds de|jij-boodschap|-1.52
p:sinds de|parafrase|-0.99
p:sinds de|bekritiseren|-2.16
p:sinds de|vervolgafspraak|-1.0
p:sinds je|ik-boodschap|1.87
p:sinds je|waarschuwen|-0.88
p:situatie voor|argumenteren|-0.9
p:slaap en|samenvatting|1.66
p:slaap je|ik-boodschap|0.96
p:slaapt en|ik-boodschap|0.94
p:slaapt slecht|parafrase|-0.96
p:slaapt slecht|samenvatting|1.6
p:slaapt te|jij-boodschap|-0.41
p:slaat ech|argumenteren|-0.76
p:slaat nergens|ik-boodschap|-0.9
p:slaat nergens|jij-boodschap|-0.96
p:slaat nergens|argumenteren|1.75
p:slaat nergens|bekritiseren|0.9
p:slapen de|argumenteren|0.93
p:slecht concentreren|vervolgafspraak|0.95
p:slecht en|samenvatting|0.6
p:slecht en|open-vraag|-0.98
p:slecht hij|parafrase|-0.96
p:slecht je|samenvatting|0.99
p:slecht je|open-vraag|0.99
p:slechte ervaringen|jij-boodschap|-0.92
p:slechte nachtrust|vervolgafspraak|-0.91
p:slechte ouder|geruststellen|2.04
p:slim om|adviseren|0.83
p:slimme jongen|prijzen|0.99
p:slimme meid|ik-boodschap|-0.87
p:slimme meid|moraliseren|-0.99
p:slimme meid|etiketteren|-0.99
p:slimme vrouw|waarschuwen|-0.72
p:slimme vrouw|prijzen|0.81
p:slimste van|adviseren|-0.97
p:slimste van|prijzen|0.97
p:slordige meid|bekritiseren|-1.78
p:sluit af|bedanken|0.87
p:sluiten af|samenvatting|-0.8
p:smit en|samenvatting|-0.84
p:smit en|bevelen|0.91
p:snap dat|gevoelsreflectie|1.95
p:snap dat|bevelen|0.92
p:snap dat|geruststellen|0.22
p:snap had|parafrase|0.96
p:snap had|samenvatting|-0.73
p:snap had|waarschuwen|-0.96
p:snap ik|open-vraag|-1.0
p:snap ik|adviseren|1.0
p:snap ik|geruststellen|0.9
p:snap u|parafrase|0.84
p:snap u|samenvatting|-0.77
p:snap uw|gevoelsreflectie|-0.82
p:snap uw|bevelen|-0.82
p:snapchat en|samenvatting|0.84
p:snapchat en|bekritiseren|-0.84
p:snapt dat|prijzen|0.93
p:snapt de|ik-boodschap|0.92
p:snapt de|bekritiseren|-0.56
p:snapt natuurlijk|waarschuwen|-0.72
p:snapt vast|ik-boodschap|-0.87
p:snapt vast|parafrase|-0.99
p:snapt vast|moraliseren|-0.99
p:snapt vast|prijzen|0.99
p:snapt vast|etiketteren|-0.99
p:snel de|open-vraag|-0.99
p:snel gaat|ik-boodschap|-0.99
p:snel gaat|parafrase|0.93
p:snel gereageerd|jij-boodschap|-0.85
p:snel kon|gevoelsreflectie|-1.0
p:snel kon|interpreteren|-1.0
p:snel op|bekritiseren|-0.94
p:sneller dan|geruststellen|0.95
p:sociaal in|geruststellen|-0.95
p:soms net|jij-boodschap|0.91
p:soms net|etiketteren|0.91
p:soms zijn|moraliseren|-0.95
p:soort mails|bekritiseren|1.87
p:soort ruzietjes|afleiden|0.93
p:sophie bang|gevoelsreflectie|0.93
p:sophie de|ik-boodschap|-0.99
p:sorry maar|moraliseren|0.83
p:spannend vindt|ik-boodschap|-0.99
p:spiekt bij|samenvatting|-0.87
p:spiekt wordt|waarschuwen|0.91
p:spijbelt en|jij-boodschap|0.89
p:spijbelt en|bekritiseren|0.89
p:spijbelt en|geruststellen|-0.97
p:spijbelt volgt|moraliseren|-0.92
p:sport van|bekritiseren|0.86
p:spreek de|samenvatting|1.0
p:spreek de|adviseren|-1.0
p:spreek de|afronding-aankondigen|-1.0
p:spreken ?|jij-boodschap|0.93
p:spreken af|vervolgafspraak|0.93
p:spreken dus|ik-boodschap|-0.98
p:spreken dus|samenvatting|0.82
p:spreker en|ik-boodschap|0.98
p:spullen bij|bekritiseren|0.99
p:spullen en|bevelen|1.0
p:spullen en|interpreteren|-1.0
p:spullen en|afleiden|-1.0
p:spullen vergeet|ik-boodschap|0.89
p:sta jij|ik-boodschap|0.92
p:staat al|ik-boodschap|-0.9
p:staat al|argumenteren|1.75
p:staat al|bekritiseren|0.9
p:staat het|ik-boodschap|-0.76
p:staat het|argumenteren|-0.22
p:staat hij|samenvatting|-0.98
p:staat op|waarschuwen|0.11
p:staat op|argumenteren|-1.93
p:staat struikelen|ik-boodschap|-0.84
p:staat toch|jij-boodschap|-0.99
p:staat toch|waarschuwen|-0.99
p:staat toch|bekritiseren|-0.99
p:staat toch|afleiden|-0.89
p:staat vast|argumenteren|0.94
p:stage ?|ondervragen|-0.99
p:stage en|jij-boodschap|-0.11
p:stage en|bekritiseren|-0.78
p:stage hebben|afleiden|0.96
p:stage je|jij-boodschap|-0.92
p:star hij|waarschuwen|-1.0
p:star hij|prijzen|-1.0
p:star hij|bedanken|-1.0
p:staren wat|ik-boodschap|-0.94
p:statistisch gezien|argumenteren|0.87
p:steeds aanspreken|open-vraag|-0.98
p:steeds aanspreken|bevelen|-0.98
p:steeds afweten|bekritiseren|0.71
p:steeds apart|gevoelsreflectie|-0.96
p:steeds bij|parafrase|-0.9
p:steeds bij|open-vraag|-1.0
p:steeds bij|interpreteren|-1.0
p:steeds door|ik-boodschap|0.98
p:steeds en|bekritiseren|0.59
p:steeds haar|open-vraag|1.0
p:steeds het|jij-boodschap|0.94
p:steeds het|bekritiseren|0.94
p:steeds in|prijzen|-0.99
p:steeds mee|jij-boodschap|1.44
p:steeds naar|ik-boodschap|-0.94
p:steeds niks|ik-boodschap|-0.8
p:steeds opnieuw|vervolgafspraak|-0.99
p:steeds over|ik-boodschap|0.95
p:steeds te|open-vraag|0.9
p:steeds te|moraliseren|-0.95
p:steeds te|ondervragen|0.98
p:steeds thuis|ik-boodschap|0.99
p:steeds vaker|gevoelsreflectie|-0.91
p:steeds vraagt|argumenteren|-0.99
p:stel je|etiketteren|0.99
p:stel je|afleiden|-0.99
p:stel voor|ik-boodschap|-0.95
p:stel voor|argumenteren|-1.0
p:stel voor|geruststellen|-1.0
p:stel voor|vervolgafspraak|0.68
p:stelt u|jij-boodschap|0.94
p:stelt u|bekritiseren|0.94
p:stelt zich|bekritiseren|2.02
p:stemming ?|open-vraag|1.0
p:sterk omdat|interpreteren|0.95
p:sterke vrouw|interpreteren|-0.93
p:steunen bij|moraliseren|0.98
p:stiefvader ?|ik-boodschap|-0.67
p:stil is|geruststellen|-0.47
p:stil is|ondervragen|-0.94
p:stil van|waarschuwen|-1.0
p:stilleggen en|bedanken|-0.94
p:stoeien kan|ik-boodschap|0.99
p:stoer omdat|waarschuwen|-1.0
p:stoer omdat|etiketteren|-1.0
p:stoer omdat|interpreteren|1.0
p:stoer omdat|ondervragen|-1.0
p:stoer te|jij-boodschap|-0.58
p:stoer te|parafrase|0.95
p:stoer te|aanmoediging|-1.0
p:stoer te|interpreteren|1.0
p:stoer te|afronding-aankondigen|-1.0
p:stof niet|ik-boodschap|0.92
p:stof niet|bekritiseren|-0.56
p:stond al|adviseren|-0.99
p:stond al|argumenteren|0.99
p:stond al|prijzen|-0.99
p:stop ik|bevelen|0.88
p:stoppen de|moraliseren|-0.77
p:stoppen donderdag|vervolgafspraak|0.9
p:stoppen en|ik-boodschap|-0.95
p:stoppen er|vervolgafspraak|0.92
p:stoppen er|bedanken|0.92
p:stoppen met|bekritiseren|-0.99
p:stoppen met|afronding-aankondigen|-0.99
p:stoppen voor|ik-boodschap|-1.0
p:stoppen voor|interpreteren|-0.77
p:stoppen voor|afleiden|-1.0
p:stoppen voor|vervolgafspraak|1.0
p:stoppen voor|bedanken|-1.0
p:stoppen we|afronding-aankondigen|0.99
p:stoppen we|vervolgafspraak|-0.99
p:stopt moet|ik-boodschap|-0.96
p:stopt moet|waarschuwen|0.96
p:straf en|open-vraag|0.98
p:strafwerk geven|waarschuwen|-0.97
p:straks alleen|ik-boodschap|0.92
p:straks een|afleiden|-0.96
p:straks even|vervolgafspraak|-1.79
p:straks zijn|waarschuwen|0.95
p:straks zit|waarschuwen|0.93
p:streep onder|afronding-aankondigen|1.0
p:strenger was|bekritiseren|0.83
p:stress voor|argumenteren|-0.51
p:structuur en|bevelen|-0.96
p:structuur heeft|bekritiseren|-0.88
p:structuur minder|aanmoediging|-0.99
p:structuur nodig|ondervragen|-1.0
p:structuur nodig|vervolgafspraak|-1.0
p:structuur thuis|samenvatting|0.83
p:structuur thuis|bekritiseren|-0.94
p:structuur thuis|bedanken|0.14
p:struikelen er|ik-boodschap|-0.84
p:stuk beter|jij-boodschap|-1.0
p:stuk beter|bekritiseren|-1.0
p:stuk chagrijn|prijzen|-0.97
p:stuk chagrijn|etiketteren|0.72
p:stuk chagrijn|geruststellen|-0.89
p:sturen ?|bekritiseren|0.73
p:sturen is|bekritiseren|1.87
p:stuur en|argumenteren|-0.86
p:stuur ik|bedanken|0.87
p:stuur je|waarschuwen|0.92
p:stuur u|samenvatting|-0.93
p:stuur u|vervolgafspraak|0.98
p:stuur u|bedanken|-0.87
p:stuurde was|bekritiseren|0.62
p:sven gaan|adviseren|0.94
p:t nu|ik-boodschap|-0.67
p:taak om|moraliseren|0.96
p:tafel dank|bedanken|0.9
p:tafel gaan|afronding-aankondigen|-0.94
p:tafel gaan|vervolgafspraak|0.68
p:tafel heeft|vervolgafspraak|-0.92
p:tafel houdt|samenvatting|-0.99
p:tafel houdt|open-vraag|-0.99
p:tafel houdt|vervolgafspraak|0.99
p:tafel legt|open-vraag|1.0
p:tafel ligt|ik-boodschap|-0.92
p:tafel om|samenvatting|1.0
p:tafel om|vervolgafspraak|1.0
p:tafel om|bedanken|-1.0
p:tas van|ik-boodschap|-0.84
p:te balen|bekritiseren|-0.8
p:te bellen|jij-boodschap|-0.98
p:te bellen|moraliseren|-1.0
p:te belonen|interpreteren|-0.9
p:te bespreken|afleiden|0.86
p:te bieden|bevelen|-0.93
p:te controleren|bekritiseren|0.89
p:te doen|jij-boodschap|-0.58
p:te doen|parafrase|0.23
p:te doen|aanmoediging|-1.0
p:te doen|interpreteren|1.0
p:te doen|afronding-aankondigen|-1.0
p:te gaan|jij-boodschap|0.58
p:te gaan|gevoelsreflectie|0.93
p:te gaan|waarschuwen|-1.0
p:te gaan|bekritiseren|-0.55
p:te gaan|etiketteren|-1.0
p:te gaan|interpreteren|1.0
p:te gaan|ondervragen|-1.0
p:te gamen|bekritiseren|0.86
p:te gapen|ik-boodschap|0.96
p:te gedragen|moraliseren|0.99
p:te gedragen|prijzen|0.99
p:te gek|argumenteren|-0.94
p:te halen|open-vraag|-1.0
p:te halen|geruststellen|-1.0
p:te hebben|moraliseren|1.0
p:te hoog|bekritiseren|0.35
p:te horen|samenvatting|-0.91
p:te horen|open-vraag|-0.99
p:te horen|adviseren|0.99
p:te horen|bekritiseren|-0.78
p:te horen|vervolgafspraak|1.98
p:te houden|bekritiseren|-0.74
p:te houden|prijzen|-0.92
p:te kennen|argumenteren|0.99
p:te kijken|samenvatting|1.0
p:te kijken|vervolgafspraak|1.0
p:te kijken|bedanken|-1.0
p:te kletsen|vervolgafspraak|-0.99
p:te klieren|argumenteren|-0.99
p:te klieren|bekritiseren|0.99
p:te klieren|etiketteren|-0.99
p:te komen|jij-boodschap|-0.76
p:te komen|bekritiseren|-0.42
p:te kommen|vervolgafspraak|-0.93
p:te kopen|adviseren|0.99
p:te krijgen|ik-boodschap|-1.0
p:te krijgen|jij-boodschap|-1.0
p:te krijgen|bekritiseren|-1.24
p:te krijgen|etiketteren|-1.0
p:te krijgen|interpreteren|1.0
p:te laag|parafrase|0.97
p:te laag|argumenteren|0.97
p:te laat|ik-boodschap|-0.95
p:te laat|gevoelsreflectie|-1.97
p:te laat|samenvatting|0.73
p:te laat|open-vraag|1.89
p:te laat|waarschuwen|0.88
p:te laat|moraliseren|-0.95
p:te laat|argumenteren|0.94
p:te laat|bekritiseren|0.46
p:te laat|prijzen|-0.92
p:te laat|etiketteren|-1.0
p:te laat|vervolgafspraak|-0.92
p:te lang|bekritiseren|0.79
p:te laten|ik-boodschap|0.8
p:te laten|moraliseren|-0.93
p:te laten|adviseren|-0.99
p:te laten|bekritiseren|-0.73
p:te laten|interpreteren|0.82
p:te laten|vervolgafspraak|-0.99
p:te leggen|adviseren|0.83
p:te leren|jij-boodschap|1.0
p:te leren|adviseren|-1.96
p:te leren|bekritiseren|1.01
p:te leren|etiketteren|1.94
p:te leren|interpreteren|-1.0
p:te leren|geruststellen|-1.0
p:te lichten|vervolgafspraak|0.84
p:te liggen|moraliseren|0.95
p:te liggen|adviseren|-0.83
p:te liggen|argumenteren|-0.96
p:te liggen|geruststellen|0.98
p:te liggen|afleiden|-0.98
p:te lui|jij-boodschap|1.0
p:te lui|bevelen|-1.0
p:te lui|adviseren|-1.0
p:te lui|bekritiseren|1.78
p:te lui|etiketteren|1.94
p:te lui|interpreteren|-1.0
p:te lui|geruststellen|-1.0
p:te maken|parafrase|-1.0
p:te maken|geruststellen|0.97
p:te makkelijk|bekritiseren|-0.81
p:te makkelijk|interpreteren|0.86
p:te merken|gevoelsreflectie|1.0
p:te moeilijk|parafrase|-0.95
p:te moeilijk|gevoelsreflectie|0.92
p:te moeilijk|argumenteren|0.96
p:te moeilijk|vervolgafspraak|0.92
p:te nemen|jij-boodschap|-0.99
p:te nemen|gevoelsreflectie|-0.92
p:te nemen|samenvatting|-1.0
p:te nemen|bevelen|-0.85
p:te nemen|adviseren|1.98
p:te plannen|ondervragen|-0.92
p:te praten|bekritiseren|0.99
p:te regelen|bekritiseren|-0.93
p:te rollen|bevelen|0.9
p:te snel|parafrase|0.93
p:te snel|open-vraag|-0.99
p:te spelen|bekritiseren|0.92
p:te spreken|jij-boodschap|0.93
p:te staren|ik-boodschap|-0.94
p:te stellen|moraliseren|0.93
p:te stellen|bekritiseren|0.21
p:te steunen|moraliseren|0.98
p:te stoppen|bekritiseren|-0.99
p:te stoppen|interpreteren|-0.77
p:te stoppen|vervolgafspraak|-0.99
p:te tillen|geruststellen|-0.94
p:te tillen|afleiden|0.94
p:te tornen|argumenteren|0.88
p:te veel|parafrase|1.0
p:te veel|waarschuwen|-0.97
p:te veel|bekritiseren|1.13
p:te veel|etiketteren|-0.97
p:te veel|interpreteren|-0.95
p:te verbergen|interpreteren|1.7
p:te verdoen|jij-boodschap|1.01
p:te verdoen|samenvatting|-0.82
p:te verdoen|bevelen|-0.82
p:te verdoen|bekritiseren|1.64
p:te vertellen|ik-boodschap|-0.99
p:te vertrouwen|bekritiseren|0.63
p:te weinig|jij-boodschap|-0.41
p:te weinig|gevoelsreflectie|-0.91
p:te weinig|bekritiseren|-0.88
p:te weinig|afleiden|-1.0
p:te werken|moraliseren|-0.96
p:te werken|interpreteren|-0.94
p:te weten|moraliseren|0.96
p:te weten|bekritiseren|-0.96
p:te weten|prijzen|-0.99
p:te zeggen|samenvatting|0.84
p:te zeggen|bekritiseren|-0.84
p:te zien|ik-boodschap|1.93
p:te zien|prijzen|-0.99
p:te zien|interpreteren|-0.99
p:te zijn|ik-boodschap|-0.93
p:te zijn|bevelen|-0.91
p:team een|ik-boodschap|0.98
p:teamleider erbij|ik-boodschap|-1.0
p:teamleider erbij|gevoelsreflectie|-0.91
p:teamleider erbij|afleiden|-1.0
p:teamleider erbij|vervolgafspraak|1.0
p:teamleider erbij|bedanken|-1.0
p:teamleider meldt|bevelen|0.99
p:tegelijk praten|ik-boodschap|0.93
p:tegen de|parafrase|-0.97
p:tegen haar|gevoelsreflectie|0.96
p:tegen iedereen|bekritiseren|0.31
p:tegen iedereen|etiketteren|-0.97
p:tegen je|bevelen|0.88
p:tegen jou|jij-boodschap|0.99
p:tegen jou|samenvatting|-0.82
p:tegen jou|open-vraag|-0.99
p:tegen jou|bekritiseren|1.81
p:tegen mevrouw|bekritiseren|-1.62
p:tegen mij|gevoelsreflectie|0.9
p:tegen mijn|bekritiseren|-1.79
p:tegenover je|jij-boodschap|0.92
p:tegenover je|bekritiseren|0.55
p:tegenovergestelde van|jij-boodschap|0.94
p:tegenovergestelde van|bekritiseren|0.94
p:tekening heeft|etiketteren|-0.85
p:tekent u|moraliseren|-0.96
p:telefoon 's|gevoelsreflectie|-0.88
p:telefoon 's|waarschuwen|-0.87
p:telefoon 's|adviseren|1.82
p:telefoon ?|bekritiseren|-0.83
p:telefoon ?|ondervragen|1.0
p:telefoon ?|vervolgafspraak|-0.99
p:telefoon ?|bedanken|-1.0
p:telefoon doet|bekritiseren|-1.76
p:telefoon eens|ik-boodschap|0.96
p:telefoon en|samenvatting|0.99
p:telefoon kijkt|adviseren|-0.99
p:telefoon meeneemt|jij-boodschap|-0.93
p:telefoon niet|ik-boodschap|-1.0
p:telefoon niet|waarschuwen|1.87
p:telefoon niet|moraliseren|-1.0
p:telefoon niet|adviseren|-1.0
p:telefoon niet|bekritiseren|-0.98
p:telefoon onder|samenvatting|-0.99
p:telefoon onder|open-vraag|-0.99
p:telefoon te|bekritiseren|0.92
p:telefoon tijdens|adviseren|0.97
p:telefoon weg|bevelen|0.83
p:telefoon weg|prijzen|-0.97
p:telefoon zit|open-vraag|1.0
p:telefoonnummer kan|open-vraag|-0.96
p:telefoons in|jij-boodschap|-0.42
p:telefoons in|bevelen|0.9
p:telefoons in|argumenteren|-0.9
p:teleur u|jij-boodschap|0.94
p:teleur u|bekritiseren|0.94
p:teleurgesteld dat|gevoelsreflectie|0.91
p:teleurgesteld dat|prijzen|-0.91
p:teleurgesteld in|ik-boodschap|-0.99
p:teleurgesteld in|gevoelsreflectie|0.95
p:teleurgesteld in|bekritiseren|0.8
p:teleurgesteld samengevat|gevoelsreflectie|0.92
p:teleurgesteld samengevat|vervolgafspraak|0.92
p:tenminste goed|afleiden|0.96
p:terecht echt|geruststellen|0.91
p:terug als|vervolgafspraak|0.92
p:terug en|parafrase|-0.81
p:terug hij|parafrase|-0.93
p:terug hij|samenvatting|0.93
p:terug van|vervolgafspraak|-1.76
p:terwijl ik|argumenteren|-0.99
p:terwijl u|moraliseren|0.93
p:terwijl u|bekritiseren|0.21
p:tess de|ik-boodschap|-0.97
p:tess haar|vervolgafspraak|0.95
p:tevoren was|parafrase|0.91
p:thanks voor|bedanken|0.95
p:thee ?|ondervragen|-0.96
p:thijs de|ik-boodschap|0.8
p:thijs nog|moraliseren|-0.92
p:thuis ?|open-vraag|0.99
p:thuis ?|ondervragen|1.99
p:thuis ?|vervolgafspraak|-1.0
p:thuis bent|samenvatting|-0.97
p:thuis echt|bekritiseren|-1.39
p:thuis een|adviseren|0.99
p:thuis een|vervolgafspraak|0.99
p:thuis eigenlijk|open-vraag|0.97
p:thuis en|parafrase|-1.0
p:thuis en|samenvatting|1.83
p:thuis en|bekritiseren|-0.94
p:thuis en|bedanken|0.14
p:thuis gaat|parafrase|-0.81
p:thuis gaat|afleiden|-0.91
p:thuis gebeurd|open-vraag|1.0
p:thuis gebeurd|geruststellen|1.0
p:thuis gebeurt|gevoelsreflectie|-0.93
p:thuis gebeurt|bekritiseren|0.82
p:thuis gewoon|bevelen|-0.89
p:thuis gewoon|argumenteren|-0.98
p:thuis gewoon|bekritiseren|0.57
p:thuis had|parafrase|0.95
p:thuis in|samenvatting|-0.86
p:thuis is|parafrase|-0.95
p:thuis is|open-vraag|-0.95
p:thuis laat|ik-boodschap|0.99
p:thuis laat|parafrase|-0.9
p:thuis lukt|parafrase|0.93
p:thuis lukt|geruststellen|-0.93
p:thuis merkt|samenvatting|0.6
p:thuis merkt|open-vraag|-0.98
p:thuis met|ik-boodschap|-0.94
p:thuis met|samenvatting|0.1
p:thuis met|afleiden|-0.98
p:thuis met|bedanken|0.79
p:thuis niet|samenvatting|0.84
p:thuis niet|bekritiseren|-0.84
p:thuis niet|interpreteren|0.96
p:thuis nooit|bekritiseren|1.13
p:thuis ook|prijzen|0.67
p:thuis op|samenvatting|1.0
p:thuis op|adviseren|-1.0
p:thuis op|afronding-aankondigen|-1.0
p:thuis te|bekritiseren|-0.88
p:thuis te|afleiden|-1.0
p:thuis vaak|parafrase|1.0
p:thuis vaak|gevoelsreflectie|-1.0
p:thuis vaak|open-vraag|1.0
p:thuis van|open-vraag|1.0
p:thuis wat|bekritiseren|0.83
p:thuis wat|interpreteren|0.86
p:thuis weinig|open-vraag|-0.93
p:thuis wel|ik-boodschap|-0.94
p:thuis wel|samenvatting|-0.99
p:thuis wel|geruststellen|-0.99
p:thuis wel|ondervragen|-1.0
p:thuis zonder|waarschuwen|0.99
p:thuis zonder|moraliseren|-0.99
p:thuisgehouden ?|bekritiseren|0.52
p:thuiskomt ?|jij-boodschap|0.86
p:tien minuten|open-vraag|0.99
p:tien uur|ik-boodschap|0.91
p:tien uur|waarschuwen|-0.91
p:tien uur|argumenteren|-0.96
p:tien uur|ondervragen|-0.82
p:tijd dat|open-vraag|0.99
p:tijd deed|moraliseren|0.98
p:tijd hoor|bevelen|-0.96
p:tijd is|argumenteren|-1.0
p:tijd is|bekritiseren|-0.98
p:tijd is|geruststellen|-1.0
p:tijd is|afronding-aankondigen|1.0
p:tijd komt|interpreteren|-0.71
p:tijd kunt|ik-boodschap|-0.87
p:tijd kunt|moraliseren|-0.99
p:tijd kunt|etiketteren|-0.99
p:tijd met|bevelen|0.9
p:tijd naar|jij-boodschap|0.8
p:tijd naar|bekritiseren|0.67
p:tijd naar|interpreteren|-0.84
p:tijd nam|parafrase|-1.0
p:tijd nam|open-vraag|-1.0
p:tijd nam|aanmoediging|-1.0
p:tijd nam|bedanken|1.0
p:tijd niet|ik-boodschap|0.97
p:tijd te|jij-boodschap|0.25
p:tijd te|samenvatting|-0.82
p:tijd te|bevelen|-0.82
p:tijd te|bekritiseren|1.28
p:tijd vaak|ik-boodschap|-0.99
p:tijd voor|ik-boodschap|-0.92
p:tijd voor|argumenteren|-0.97
p:tijd wegbrengen|bevelen|0.81
p:tijdens de|open-vraag|-0.98
p:tijdens de|bevelen|-0.98
p:tijdens de|vervolgafspraak|-0.99
p:tijdens het|adviseren|0.97
p:tijdens ons|adviseren|-0.99
p:tijdje bij|vervolgafspraak|-0.99
p:tip is|parafrase|-0.72
p:tip is|samenvatting|-1.0
p:tip is|adviseren|1.0
p:tip laat|waarschuwen|-0.99
p:tja bedankt|bekritiseren|2.31
p:tja bedankt|bedanken|-1.75
p:tja maar|open-vraag|-0.9
p:tja maar|afleiden|0.9
p:tja pubers|bekritiseren|-0.66
p:toch ?|prijzen|0.97
p:toch ?|ondervragen|-1.8
p:toch begrijpen|argumenteren|0.92
p:toch beter|bekritiseren|0.84
p:toch dat|bevelen|-0.91
p:toch de|moraliseren|0.98
p:toch een|jij-boodschap|2.78
p:toch een|moraliseren|-0.96
p:toch een|bekritiseren|-1.0
p:toch een|prijzen|0.83
p:toch een|etiketteren|1.86
p:toch een|geruststellen|-0.79
p:toch gewoon|jij-boodschap|-0.99
p:toch gewoon|waarschuwen|-0.99
p:toch gewoon|bekritiseren|-0.99
p:toch gewoon|afleiden|-0.89
p:toch logisch|argumenteren|0.78
p:toch logisch|etiketteren|-0.97
p:toch makkelijk|prijzen|0.99
p:toch moeten|moraliseren|0.96
p:toch niet|argumenteren|-0.79
p:toch niet|interpreteren|-0.66
p:toch niet|afleiden|0.99
p:toch onze|moraliseren|0.99
p:toch onze|prijzen|0.99
p:toch ook|moraliseren|0.95
p:toch ook|argumenteren|-0.95
p:toch te|argumenteren|-0.94
p:toch te|prijzen|-0.99
p:toch uw|moraliseren|0.96
p:toch weten|jij-boodschap|-0.93
p:toe en|ik-boodschap|1.0
p:toe en|waarschuwen|-1.0
p:toe en|interpreteren|-1.0
p:toe gaat|samenvatting|0.72
p:toe te|jij-boodschap|0.93
p:toe te|vervolgafspraak|0.84
p:toe thuis|parafrase|-0.81
p:toegeven dat|interpreteren|0.91
p:toen ?|parafrase|-0.99
p:toen ?|samenvatting|-0.94
p:toen ?|aanmoediging|1.07
p:toen ?|bekritiseren|-0.58
p:toen ?|afleiden|-0.93
p:toen hij|ik-boodschap|-0.95
p:toen ik|vervolgafspraak|-0.97
p:toen je|ik-boodschap|0.95
p:toen je|gevoelsreflectie|-0.9
p:toen je|samenvatting|-0.95
p:toen leek|jij-boodschap|0.58
p:toen leek|bekritiseren|0.38
p:toen u|bedanken|-0.94
p:toen voor|parafrase|0.91
p:toets dat|argumenteren|-0.82
p:toets dat|geruststellen|1.0
p:toets en|samenvatting|0.95
p:toets en|vervolgafspraak|-0.56
p:toets engels|ondervragen|-0.81
p:toets maar|ik-boodschap|-0.92
p:toets maken|jij-boodschap|-1.0
p:toets maken|bekritiseren|-1.0
p:toets maken|etiketteren|-1.0
p:toets maken|geruststellen|-0.9
p:toets mist|argumenteren|0.91
p:toets niet|parafrase|0.91
p:toets niet|samenvatting|-0.99
p:toets niet|adviseren|0.99
p:toets niet|vervolgafspraak|0.99
p:toets om|open-vraag|-0.98
p:toets om|bevelen|-0.98
p:toets ongeldig|waarschuwen|0.91
p:toets op|interpreteren|-0.99
p:toets stond|adviseren|-0.99
p:toets te|open-vraag|0.95
p:toets te|argumenteren|0.96
p:toets was|gevoelsreflectie|0.92
p:toets was|vervolgafspraak|0.92
p:toets wordt|samenvatting|-0.87
p:toetsdatum stond|prijzen|-0.99
p:toetsen achterloopt|adviseren|-0.9
p:toetsen gemist|bekritiseren|-0.99
p:toetsen onvoldoende|argumenteren|0.85
p:toetsen opschrijft|ik-boodschap|0.98
p:toetsen te|parafrase|-0.95
p:toetsen te|open-vraag|-0.95
p:toetsweek al|argumenteren|0.94
p:toetsweek contact|vervolgafspraak|0.99
p:toetsweek vastligt|argumenteren|0.8
p:toevoegen ?|samenvatting|0.72
p:toezicht thuis|parafrase|-1.0
p:toezicht thuis|samenvatting|1.0
p:tolk en|ik-boodschap|0.93
p:tolk erbij|ik-boodschap|-0.95
p:tolk goed|ik-boodschap|-1.79
p:tolk goed|parafrase|0.95
p:tom gepest|parafrase|0.95
p:tom thuis|ik-boodschap|-0.94
p:toon is|bekritiseren|0.72
p:topmoeder dus|prijzen|0.67
p:tot het|ik-boodschap|-1.0
p:tot het|waarschuwen|1.0
p:tot het|moraliseren|-1.0
p:tot het|adviseren|-1.0
p:tot hoe|jij-boodschap|-0.96
p:tot middernacht|moraliseren|0.93
p:tot middernacht|bekritiseren|0.21
p:tot nu|parafrase|-0.81
p:tot nu|samenvatting|0.72
p:tot twaalf|argumenteren|0.78
p:tot u|adviseren|-0.99
p:tot ziens|waarschuwen|-0.6
p:tot ziens|bedanken|1.0
p:totaal geen|afleiden|-1.0
p:trainingen van|ik-boodschap|0.98
p:trap was|ik-boodschap|0.94
p:trekt je|parafrase|0.91
p:trekt wel|waarschuwen|-0.95
p:trekt ze|parafrase|-0.81
p:trouwens de|geruststellen|0.99
p:trouwens met|afleiden|0.86
p:trouwens vandaag|bekritiseren|-0.66
p:tussen haar|ik-boodschap|-0.67
p:tussen jullie|ik-boodschap|0.99
p:twaalf uur|argumenteren|0.78
p:twee dagen|argumenteren|-0.98
p:twee keer|gevoelsreflectie|-0.92
p:twee weken|ik-boodschap|1.04
p:twee weken|jij-boodschap|-0.95
p:twee weken|parafrase|-0.91
p:twee weken|samenvatting|0.85
p:twee weken|argumenteren|1.75
p:twee weken|geruststellen|-0.9
p:twee weken|afronding-aankondigen|-0.96
p:twee weken|vervolgafspraak|0.27
p:tweede is|argumenteren|-0.79
p:tweede is|afleiden|0.99
p:tweede klas|geruststellen|0.96
p:tweede klassen|vervolgafspraak|-0.99
p:tweede rapport|bedanken|-0.85
p:tweede stelt|gevoelsreflectie|0.97
p:tweede uur|vervolgafspraak|0.96
p:tygo elkaar|ik-boodschap|1.0
p:tygo elkaar|waarschuwen|-1.0
p:tygo elkaar|interpreteren|-1.0
p:typisch zo'n|etiketteren|0.79
p:u ?|open-vraag|0.95
p:u al|prijzen|-0.94
p:u al|ondervragen|-0.92
p:u als|parafrase|-0.81
p:u als|moraliseren|0.93
p:u als|bekritiseren|0.21
p:u alstublieft|bevelen|0.99
p:u alstublieft|waarschuwen|-0.99
p:u alstublieft|geruststellen|-0.99
p:u altijd|bekritiseren|1.9
p:u altijd|etiketteren|-1.0
p:u altijd|afleiden|-1.0
p:u begrijpt|bekritiseren|0.99
p:u belt|bedanken|0.9
p:u bemoeit|gevoelsreflectie|-0.8
p:u bemoeit|bekritiseren|1.71
p:u bent|parafrase|1.0
p:u bent|gevoelsreflectie|0.96
p:u bent|aanmoediging|-0.94
p:u bent|waarschuwen|-0.97
p:u bent|argumenteren|-0.97
p:u bent|bekritiseren|-1.48
p:u bent|prijzen|1.89
p:u bent|etiketteren|1.0
p:u bent|geruststellen|-1.28
p:u bent|ondervragen|0.96
p:u bent|afronding-aankondigen|-0.99
p:u bent|bedanken|0.87
p:u beschermt|interpreteren|0.95
p:u bespreken|aanmoediging|-0.96
p:u boos|gevoelsreflectie|0.91
p:u boos|argumenteren|-0.79
p:u boos|afleiden|0.99
p:u controleert|jij-boodschap|0.93
p:u daar|samenvatting|0.72
p:u daar|open-vraag|0.9
p:u daar|adviseren|-1.99
p:u daar|ondervragen|1.0
p:u daarna|waarschuwen|-1.0
p:u daarna|vervolgafspraak|1.0
p:u daartegenaan|jij-boodschap|-0.73
p:u daartegenaan|open-vraag|0.95
p:u daartegenaan|bekritiseren|-0.95
p:u daarvan|ik-boodschap|0.94
p:u daarvan|open-vraag|1.0
p:u dan|interpreteren|0.96
p:u dankbaar|vervolgafspraak|-0.92
p:u dat|jij-boodschap|1.89
p:u dat|parafrase|-0.99
p:u dat|gevoelsreflectie|0.91
p:u dat|samenvatting|0.6
p:u dat|open-vraag|0.96
p:u dat|bekritiseren|-0.59
p:u dat|prijzen|0.97
p:u dat|interpreteren|-1.0
p:u de|ik-boodschap|-1.79
p:u de|open-vraag|-1.0
p:u de|aanmoediging|-1.0
p:u de|ondervragen|1.0
p:u de|vervolgafspraak|-0.93
p:u de|bedanken|1.0
p:u delen|open-vraag|0.97
p:u denkt|geruststellen|0.99
p:u die|argumenteren|0.99
p:u dient|bekritiseren|-0.74
p:u dinsdag|afronding-aankondigen|0.99
p:u dinsdag|vervolgafspraak|0.59
p:u dinsdag|bedanken|0.99
p:u dit|gevoelsreflectie|0.92
p:u dit|waarschuwen|0.93
p:u dit|moraliseren|-0.96
p:u dit|bekritiseren|-0.95
p:u dit|prijzen|-0.95
p:u dit|bedanken|1.0
p:u doen|waarschuwen|0.93
p:u doet|bekritiseren|0.94
p:u doet|geruststellen|2.26
p:u donderdag|afronding-aankondigen|-0.98
p:u donderdag|bedanken|-0.97
p:u door|aanmoediging|0.97
p:u door|waarschuwen|1.86
p:u door|adviseren|-1.0
p:u doordring|adviseren|-0.99
p:u een|gevoelsreflectie|-0.93
p:u een|geruststellen|2.04
p:u een|bedanken|0.87
p:u eens|ik-boodschap|0.94
p:u eens|aanmoediging|-0.72
p:u eerder|bekritiseren|-1.98
p:u eerst|adviseren|1.0
p:u eigenlijk|jij-boodschap|0.86
p:u eigenlijk|gevoelsreflectie|-1.0
p:u eindelijk|jij-boodschap|1.75
p:u eindelijk|bekritiseren|1.61
p:u er|ik-boodschap|-0.8
p:u er|jij-boodschap|-1.77
p:u er|gevoelsreflectie|0.99
p:u er|adviseren|0.99
p:u er|bekritiseren|-2.62
p:u er|interpreteren|-1.0
p:u er|ondervragen|0.93
p:u erg|parafrase|-0.97
p:u ervan|jij-boodschap|-0.99
p:u ervoor|bevelen|1.0
p:u ervoor|waarschuwen|-1.0
p:u fijn|geruststellen|-0.9
p:u ga|gevoelsreflectie|-0.98
p:u gaat|jij-boodschap|-0.79
p:u gaat|prijzen|0.95
p:u gaat|etiketteren|-0.97
p:u gaat|geruststellen|-0.79
p:u gaat|vervolgafspraak|-0.88
p:u gebeld|parafrase|1.99
p:u geeft|parafrase|1.0
p:u geeft|gevoelsreflectie|-1.0
p:u geeft|bekritiseren|0.81
p:u geen|geruststellen|0.94
p:u gefrustreerd|gevoelsreflectie|1.0
p:u geirriteerd|open-vraag|-1.0
p:u gekomen|jij-boodschap|-0.93
p:u gekomen|gevoelsreflectie|-0.9
p:u gekomen|prijzen|-0.72
p:u gekomen|afronding-aankondigen|0.9
p:u gekomen|bedanken|0.71
p:u geschrokken|argumenteren|0.88
p:u geweest|gevoelsreflectie|0.99
p:u gewoon|interpreteren|1.0
p:u gewoon|bedanken|-0.87
p:u gisteren|bedanken|-0.94
p:u goed|parafrase|0.98
p:u goed|gevoelsreflectie|-0.19
p:u goed|samenvatting|-0.94
p:u goed|open-vraag|0.95
p:u goed|ondervragen|-0.92
p:u graag|bedanken|-0.85
p:u gunt|bekritiseren|0.92
p:u had|bekritiseren|1.91
p:u halverwege|ik-boodschap|0.91
p:u heeft|jij-boodschap|1.66
p:u heeft|parafrase|-0.17
p:u heeft|samenvatting|0.32
p:u heeft|bevelen|-0.99
p:u heeft|bekritiseren|1.32
p:u heeft|geruststellen|-0.51
p:u heeft|vervolgafspraak|-0.56
p:u helpen|gevoelsreflectie|-0.15
p:u hem|open-vraag|-0.93
p:u hem|adviseren|1.94
p:u hem|prijzen|0.14
p:u hem|interpreteren|-0.91
p:u hem|ondervragen|-0.99
p:u het|jij-boodschap|-0.61
p:u het|parafrase|0.9
p:u het|aanmoediging|1.0
p:u het|waarschuwen|-0.99
p:u het|adviseren|-0.89
p:u het|bekritiseren|-0.79
p:u het|prijzen|-0.95
p:u het|interpreteren|0.82
p:u het|vervolgafspraak|0.93
p:u hier|gevoelsreflectie|0.83
p:u hoe|samenvatting|1.0
p:u hoe|adviseren|-1.0
p:u hoe|afronding-aankondigen|-1.0
p:u hoeft|moraliseren|-0.92
p:u hoeft|geruststellen|0.97
p:u hoort|bekritiseren|-1.79
p:u iets|gevoelsreflectie|-0.96
p:u iets|open-vraag|-0.96
p:u iets|geruststellen|-0.59
p:u is|bekritiseren|0.82
p:u kijkt|parafrase|-1.0
p:u klinkt|ik-boodschap|-1.0
p:u klinkt|jij-boodschap|-1.0
p:u klinkt|parafrase|-1.0
p:u klinkt|gevoelsreflectie|1.0
p:u klinkt|samenvatting|-1.0
p:u klinkt|open-vraag|-1.0
p:u klinkt|aanmoediging|-1.0
p:u klinkt|bevelen|-1.0
p:u klinkt|waarschuwen|-1.0
p:u klinkt|moraliseren|-1.0
p:u klinkt|adviseren|-1.0
p:u klinkt|argumenteren|-1.0
p:u klinkt|bekritiseren|-1.0
p:u klinkt|prijzen|-1.0
p:u klinkt|etiketteren|-1.0
p:u klinkt|interpreteren|-1.0
p:u klinkt|geruststellen|-1.0
p:u klinkt|ondervragen|-1.0
p:u klinkt|afleiden|-1.0
p:u klinkt|afronding-aankondigen|-1.0
p:u klinkt|vervolgafspraak|-1.0
p:u klinkt|bedanken|-1.0
p:u koffie|ondervragen|-0.96
p:u komt|gevoelsreflectie|-1.0
p:u komt|bekritiseren|1.0
p:u kunt|adviseren|2.81
p:u kunt|bekritiseren|-0.98
p:u kunt|interpreteren|-0.93
p:u kunt|vervolgafspraak|-0.99
p:u kwaad|gevoelsreflectie|0.99
p:u kwam|geruststellen|-0.9
p:u laat|moraliseren|0.93
p:u laat|bekritiseren|0.5
p:u leest|bekritiseren|0.99
p:u legt|bekritiseren|0.35
p:u let|samenvatting|1.0
p:u let|adviseren|-1.0
p:u let|bekritiseren|0.83
p:u let|afronding-aankondigen|-1.0
p:u ligt|jij-boodschap|-0.93
p:u ligt|open-vraag|-1.0
p:u lijkt|gevoelsreflectie|0.97
p:u lijkt|bekritiseren|-0.8
p:u luistert|bekritiseren|0.96
p:u maakt|samenvatting|0.93
p:u maakt|bekritiseren|1.16
p:u maakt|vervolgafspraak|0.81
p:u maandag|samenvatting|-0.93
p:u maandag|afronding-aankondigen|0.98
p:u maandag|vervolgafspraak|1.89
p:u mag|gevoelsreflectie|-0.99
p:u mag|aanmoediging|0.99
p:u met|adviseren|0.92
p:u mij|jij-boodschap|0.94
p:u mij|samenvatting|-1.0
p:u mij|bekritiseren|0.94
p:u mij|afleiden|-0.96
p:u moe|adviseren|0.96
p:u moet|bevelen|1.8
p:u moet|argumenteren|0.92
p:u moet|bekritiseren|0.97
p:u moet|interpreteren|-0.84
p:u moeten|bekritiseren|0.73
p:u morgen|ik-boodschap|-1.0
p:u morgen|bevelen|-0.83
p:u morgen|afleiden|-1.0
p:u morgen|afronding-aankondigen|-0.58
p:u morgen|vervolgafspraak|1.83
p:u morgen|bedanken|-1.0
p:u natuurlijk|prijzen|0.97
p:u neemt|jij-boodschap|0.99
p:u neemt|moraliseren|-0.81
p:u neemt|bekritiseren|-1.26
p:u niet|waarschuwen|0.74
p:u niet|adviseren|1.0
p:u niet|argumenteren|-0.99
p:u niet|prijzen|-0.94
p:u niets|bekritiseren|-3.57
p:u niks|jij-boodschap|1.56
p:u niks|samenvatting|-0.63
p:u niks|bekritiseren|1.4
p:u nodig|samenvatting|-0.95
p:u nog|gevoelsreflectie|-0.74
p:u nog|vervolgafspraak|-0.99
p:u nou|jij-boodschap|-2.31
p:u nu|bevelen|0.82
p:u om|samenvatting|0.94
p:u om|bedanken|0.79
p:u onderbreekt|bekritiseren|0.59
p:u onderschat|bekritiseren|0.95
p:u ongerust|gevoelsreflectie|0.98
p:u ongerust|adviseren|-0.82
p:u ongerust|geruststellen|0.6
p:u ongerust|bedanken|-0.99
p:u ook|gevoelsreflectie|-0.95
p:u op|samenvatting|-0.94
p:u op|argumenteren|0.96
p:u op|vervolgafspraak|0.99
p:u oplost|interpreteren|1.0
p:u oplost|bedanken|-0.87
p:u over|gevoelsreflectie|0.91
p:u over|samenvatting|0.94
p:u over|adviseren|0.99
p:u over|prijzen|-0.91
p:u over|vervolgafspraak|0.99
p:u overdrijft|bekritiseren|-3.93
p:u overdrijft|prijzen|-1.0
p:u praat|samenvatting|0.94
p:u praat|bedanken|0.79
p:u projecteert|interpreteren|0.89
p:u reageert|bekritiseren|-0.94
p:u samen|moraliseren|-0.98
p:u snapt|waarschuwen|-0.72
p:u snapt|prijzen|0.93
p:u stuurde|bekritiseren|0.62
p:u te|bekritiseren|-0.96
p:u thuis|ik-boodschap|-0.94
p:u thuis|open-vraag|1.0
p:u thuis|adviseren|0.99
p:u thuis|bekritiseren|0.83
p:u thuis|prijzen|0.67
p:u tijdens|adviseren|-0.99
p:u toch|jij-boodschap|0.85
p:u toch|moraliseren|-0.96
p:u toch|prijzen|-0.16
p:u toch|etiketteren|0.86
p:u toch|geruststellen|-0.79
p:u toen|samenvatting|-0.94
p:u uit|argumenteren|0.93
p:u uitzien|gevoelsreflectie|-0.91
p:u van|parafrase|-0.91
p:u vandaag|open-vraag|0.98
p:u vandaag|afronding-aankondigen|-0.93
p:u vanmiddag|afronding-aankondigen|-0.97
p:u vast|prijzen|0.83
p:u verder|parafrase|-0.84
p:u verder|aanmoediging|1.0
p:u verdriet|gevoelsreflectie|0.92
p:u vergeet|argumenteren|0.94
p:u vergeet|bekritiseren|0.89
p:u vergist|adviseren|-0.99
p:u vergist|argumenteren|0.99
p:u vertelde|jij-boodschap|-0.93
p:u verwaarloost|bekritiseren|0.83
p:u verwent|bekritiseren|-1.31
p:u vindt|parafrase|0.97
p:u vindt|gevoelsreflectie|-0.91
p:u vindt|open-vraag|-0.99
p:u vindt|waarschuwen|-0.97
p:u vindt|adviseren|0.98
p:u vindt|argumenteren|0.97
p:u voelt|parafrase|-0.96
p:u voelt|argumenteren|-0.99
p:u volgende|samenvatting|-0.99
p:u volgende|open-vraag|-0.99
p:u volgende|vervolgafspraak|0.99
p:u vooral|jij-boodschap|-0.92
p:u vooral|samenvatting|-1.81
p:u vrijdag|samenvatting|-1.79
p:u vrijdag|bedanken|-0.7
p:u vroeger|interpreteren|0.95
p:u was|waarschuwen|-0.87
p:u was|adviseren|1.81
p:u wat|adviseren|-0.97
p:u weet|parafrase|-0.81
p:u weet|moraliseren|0.95
p:u weet|argumenteren|-0.95
p:u wel|gevoelsreflectie|-0.9
p:u wel|bevelen|-1.0
p:u wel|waarschuwen|1.0
p:u wel|bekritiseren|0.55
p:u wel|prijzen|-0.72
p:u wel|afronding-aankondigen|0.21
p:u wel|vervolgafspraak|-0.95
p:u willen|parafrase|-0.9
p:u wilt|parafrase|-0.15
p:u wilt|samenvatting|1.96
p:u wilt|bekritiseren|-1.79
p:u wilt|interpreteren|0.91
p:u wilt|ondervragen|-1.0
p:u wilt|vervolgafspraak|-0.64
p:u wist|samenvatting|0.95
p:u wist|vervolgafspraak|-0.56
p:u zegt|ik-boodschap|-0.94
p:u zegt|parafrase|0.96
p:u zegt|samenvatting|-1.94
p:u zegt|aanmoediging|-0.98
p:u zegt|argumenteren|-0.96
p:u zegt|interpreteren|-0.91
p:u zegt|geruststellen|-0.99
p:u zelf|jij-boodschap|-0.92
p:u zelf|ondervragen|1.0
p:u zich|parafrase|0.98
p:u zich|gevoelsreflectie|0.84
p:u zich|open-vraag|1.0
p:u zich|bevelen|-0.81
p:u zich|bekritiseren|-0.48
p:u zich|interpreteren|-0.93
p:u zich|geruststellen|0.17
p:u ziet|adviseren|-0.98
p:u ziet|prijzen|0.98
p:u zijn|open-vraag|-0.96
p:u zijn|vervolgafspraak|0.93
p:u zitten|bevelen|-0.95
p:u zitten|waarschuwen|0.94
p:u zitten|adviseren|-1.0
p:u zo|waarschuwen|0.93
p:u zo|adviseren|-0.91
p:u zo|prijzen|-0.96
p:u zo|vervolgafspraak|-0.92
p:u zorgt|jij-boodschap|0.8
p:u zorgt|bekritiseren|0.67
p:u zou|prijzen|-0.94
p:u zult|argumenteren|-0.97
p:u zult|prijzen|1.0
p:uit ?|ondervragen|-0.82
p:uit heb|open-vraag|-0.99
p:uit het|gevoelsreflectie|-0.89
p:uit meekrijgen|waarschuwen|-0.99
p:uit onderzoek|argumenteren|0.93
p:uit zijn|afleiden|-0.94
p:uitdagen kom|ik-boodschap|1.0
p:uitdagen kom|waarschuwen|-1.0
p:uitdagen kom|interpreteren|-1.0
p:uitdaging geven|interpreteren|0.86
p:uiterlijk maandag|bevelen|1.73
p:uitgelachen daar|ik-boodschap|0.95
p:uitgelachen daar|gevoelsreflectie|-0.95
p:uitlachen doe|ik-boodschap|-0.95
p:uitlachen doe|moraliseren|0.95
p:uitleg bij|parafrase|0.93
p:uitleg en|samenvatting|0.91
p:uitleg en|open-vraag|1.0
p:uitleg en|vervolgafspraak|0.88
p:uitleg met|vervolgafspraak|-0.99
p:uitleg mist|vervolgafspraak|-1.0
p:uitleg niet|ik-boodschap|0.93
p:uitleg raak|argumenteren|-0.99
p:uitleg toe|ik-boodschap|1.0
p:uitleg toe|waarschuwen|-1.0
p:uitleg toe|interpreteren|-1.0
p:uitleg voor|open-vraag|0.99
p:uitnodigen ?|samenvatting|-1.0
p:uitnodigen ?|vervolgafspraak|1.0
p:uitpraten laat|bekritiseren|0.59
p:uitpraten luistert|bevelen|0.82
p:uitschelden doe|jij-boodschap|-1.81
p:uitschelden doe|moraliseren|1.73
p:uitschelden doe|bekritiseren|-1.58
p:uitzetten ?|adviseren|1.0
p:uitzien als|gevoelsreflectie|-0.91
p:uitzondering kunnen|argumenteren|0.92
p:uur 's|bekritiseren|0.84
p:uur beneden|moraliseren|-0.93
p:uur bij|bevelen|0.99
p:uur bij|waarschuwen|0.88
p:uur dicht|adviseren|0.92
p:uur doorgeven|ik-boodschap|0.91
p:uur doorgeven|waarschuwen|-0.91
p:uur even|vervolgafspraak|0.96
p:uur in|moraliseren|0.95
p:uur in|adviseren|-0.83
p:uur in|argumenteren|-0.96
p:uur leren|gevoelsreflectie|-0.93
p:uur met|afronding-aankondigen|0.72
p:uur niet|ik-boodschap|0.99
p:uur uit|ondervragen|-0.82
p:uur vaak|ik-boodschap|-0.92
p:uur werkt|argumenteren|0.78
p:uur wiskunde|ik-boodschap|-0.98
p:uur zie|vervolgafspraak|0.92
p:uur zit|ondervragen|1.0
p:uur zit|bedanken|-1.0
p:uurtje leren|gevoelsreflectie|0.88
p:uw dochter|interpreteren|-1.0
p:uw dochter|afronding-aankondigen|-1.0
p:uw eigen|interpreteren|0.89
p:uw eigen|afleiden|-0.97
p:uw ervaring|prijzen|0.97
p:uw geduld|afronding-aankondigen|0.99
p:uw geduld|vervolgafspraak|0.59
p:uw geduld|bedanken|0.99
p:uw geweldige|bekritiseren|1.77
p:uw geweldige|bedanken|-1.77
p:uw kind|jij-boodschap|-0.93
p:uw komst|bekritiseren|-0.94
p:uw komst|afronding-aankondigen|-0.84
p:uw komst|bedanken|0.94
p:uw mail|gevoelsreflectie|-0.8
p:uw mail|bekritiseren|0.77
p:uw mail|vervolgafspraak|-0.97
p:uw mails|parafrase|0.98
p:uw mails|gevoelsreflectie|0.74
p:uw man|ik-boodschap|0.93
p:uw medewerking|prijzen|0.92
p:uw ogen|parafrase|1.0
p:uw ogen|samenvatting|-1.0
p:uw openheid|bekritiseren|-0.69
p:uw openheid|vervolgafspraak|-1.0
p:uw openheid|bedanken|1.0
p:uw taak|moraliseren|0.96
p:uw telefoon|adviseren|-0.99
p:uw tijd|samenvatting|0.94
p:uw tijd|afronding-aankondigen|-0.9
p:uw tijd|bedanken|0.79
p:uw vakantie|geruststellen|-1.0
p:uw vakantie|ondervragen|-1.0
p:uw vakantie|afleiden|1.0
p:uw verantwoordelijkheid|moraliseren|-0.81
p:uw vraag|gevoelsreflectie|-0.82
p:uw vraag|bevelen|-0.82
p:uw zoon|ik-boodschap|-0.99
p:uw zoon|jij-boodschap|0.88
p:uw zoon|parafrase|-1.0
p:uw zoon|bekritiseren|-0.88
p:uw zoon|etiketteren|-0.97
p:vaak alleen|ik-boodschap|-0.99
p:vaak alleen|gevoelsreflectie|-0.98
p:vaak alleen|open-vraag|0.98
p:vaak als|adviseren|0.99
p:vaak als|vervolgafspraak|-0.64
p:vaak maar|adviseren|-0.9
p:vaak met|ik-boodschap|-0.92
p:vaak over|parafrase|1.0
p:vaak over|gevoelsreflectie|-1.0
p:vaak over|open-vraag|1.0
p:vaak te|parafrase|-1.0
p:vaak te|samenvatting|0.91
p:vaak te|bekritiseren|-1.0
p:vaak te|vervolgafspraak|-1.0
p:vaak thuis|parafrase|-0.9
p:vader die|prijzen|0.95
p:vader en|samenvatting|-0.73
p:vader en|waarschuwen|-0.96
p:vader het|adviseren|-0.92
p:vader hierop|ik-boodschap|-0.99
p:vader komt|bevelen|-1.8
p:vader toch|bekritiseren|0.84
p:vader vanavond|vervolgafspraak|0.86
p:vak heb|open-vraag|-0.91
p:vakantie ?|prijzen|-0.99
p:vakantie ?|geruststellen|0.99
p:vakantie eigenlijk|geruststellen|-1.0
p:vakantie eigenlijk|ondervragen|-1.0
p:vakantie eigenlijk|afleiden|1.0
p:vakantieweek las|vervolgafspraak|-0.97
p:vakdocenten aan|samenvatting|1.0
p:vakdocenten aan|adviseren|-1.0
p:vakdocenten aan|afronding-aankondigen|-1.0
p:vaker naar|gevoelsreflectie|-0.91
p:vaker zelf|bevelen|-0.8
p:vaker zelf|bekritiseren|-0.76
p:vakken ?|parafrase|1.0
p:vakken ?|moraliseren|-1.0
p:valt me|ik-boodschap|-0.92
p:valt niet|argumenteren|0.88
p:van ?|jij-boodschap|-0.83
p:van ?|adviseren|-1.0
p:van ?|ondervragen|1.0
p:van dat|ik-boodschap|0.95
p:van dat|gevoelsreflectie|0.95
p:van dat|interpreteren|-0.66
p:van dat|ondervragen|-1.0
p:van dat|afronding-aankondigen|-1.0
p:van de|ik-boodschap|-0.93
p:van de|jij-boodschap|-0.29
p:van de|samenvatting|-0.87
p:van de|waarschuwen|1.0
p:van de|adviseren|-1.97
p:van de|argumenteren|0.13
p:van de|bekritiseren|-0.98
p:van de|prijzen|0.97
p:van de|etiketteren|0.96
p:van de|ondervragen|-0.92
p:van de|afleiden|0.99
p:van de|afronding-aankondigen|0.99
p:van de|bedanken|0.99
p:van denken|jij-boodschap|-0.97
p:van die|bevelen|-0.93
p:van die|bekritiseren|-0.89
p:van die|geruststellen|0.94
p:van die|afleiden|-0.94
p:van een|etiketteren|0.79
p:van engels|vervolgafspraak|0.84
p:van gebakken|bekritiseren|0.61
p:van gemaakt|bekritiseren|0.96
p:van gemengde|adviseren|-0.97
p:van geschrokken|gevoelsreflectie|-0.94
p:van geschrokken|samenvatting|-0.99
p:van geschrokken|open-vraag|-0.99
p:van harte|etiketteren|-0.96
p:van hem|geruststellen|-0.98
p:van het|afleiden|0.91
p:van hoor|gevoelsreflectie|-1.0
p:van hoor|vervolgafspraak|-1.0
p:van huis|waarschuwen|-0.99
p:van in|bekritiseren|0.44
p:van je|samenvatting|0.99
p:van je|open-vraag|0.99
p:van jesse|aanmoediging|-1.0
p:van jesse|bekritiseren|-0.89
p:van jesse|prijzen|-1.0
p:van jou|geruststellen|-0.97
p:van kunnen|prijzen|0.93
p:van ligt|gevoelsreflectie|1.0
p:van ligt|geruststellen|0.99
p:van maakt|gevoelsreflectie|-0.97
p:van maakt|prijzen|-0.84
p:van maakt|etiketteren|0.97
p:van mees|ik-boodschap|-0.84
p:van mij|jij-boodschap|0.94
p:van mij|bekritiseren|0.94
p:van mij|geruststellen|-0.94
p:van om|bekritiseren|0.86
p:van ons|parafrase|-0.91
p:van school|bekritiseren|0.92
p:van school|etiketteren|-0.96
p:van school|geruststellen|-0.97
p:van slag|geruststellen|-0.99
p:van te|bekritiseren|-0.8
p:van te|geruststellen|0.98
p:van te|afleiden|-0.98
p:van tevoren|parafrase|0.91
p:van tijd|geruststellen|0.97
p:van u|bekritiseren|0.57
p:van vakantie|vervolgafspraak|-1.76
p:van veertien|argumenteren|-0.96
p:van vorige|ondervragen|1.74
p:van wanneer|gevoelsreflectie|-0.94
p:van wat|ik-boodschap|0.78
p:van wat|jij-boodschap|0.94
p:van wat|bekritiseren|0.94
p:van werd|gevoelsreflectie|0.94
p:van wordt|gevoelsreflectie|0.83
p:van zijn|open-vraag|1.0
p:van zijn|adviseren|0.81
p:van zijn|prijzen|-0.81
p:vanaf nu|bevelen|0.93
p:vanaf volgende|vervolgafspraak|-0.83
p:vanavond even|vervolgafspraak|0.86
p:vandaag als|open-vraag|0.98
p:vandaag bent|afronding-aankondigen|-0.93
p:vandaag bij|vervolgafspraak|-0.8
p:vandaag bij|bedanken|1.0
p:vandaag een|afleiden|-0.9
p:vandaag he|afleiden|0.92
p:vandaag ik|ik-boodschap|-1.0
p:vandaag ik|afleiden|-1.0
p:vandaag ik|afronding-aankondigen|0.99
p:vandaag ik|vervolgafspraak|1.59
p:vandaag je|ik-boodschap|-0.91
p:vandaag stoppen|ik-boodschap|0.95
p:vandaag wil|samenvatting|-0.82
p:vandaag wil|afronding-aankondigen|-0.82
p:vanmiddag een|afronding-aankondigen|-0.97
p:vanmiddag gewoon|bevelen|1.74
p:vanmiddag gewoon|geruststellen|-0.82
p:vanochtend ayoub|ik-boodschap|0.99
p:vanochtend ayoub|interpreteren|-0.99
p:vanochtend pas|ik-boodschap|-0.94
p:vanzelf over|geruststellen|0.86
p:vanzelf weer|afleiden|-0.89
p:vanzelf wel|geruststellen|0.99
p:vast aanspreekpunt|afronding-aankondigen|-0.8
p:vast aanspreekpunt|bedanken|-0.8
p:vast akkoord|jij-boodschap|-0.79
p:vast akkoord|prijzen|0.95
p:vast akkoord|etiketteren|-0.97
p:vast akkoord|geruststellen|-0.79
p:vast akkoord|vervolgafspraak|-0.88
p:vast begrijpen|argumenteren|-0.97
p:vast een|jij-boodschap|-1.0
p:vast een|bekritiseren|-1.0
p:vast geen|prijzen|0.91
p:vast goed|waarschuwen|-0.97
p:vast goed|prijzen|-0.62
p:vast huiswerkuur|argumenteren|-0.99
p:vast moment|adviseren|0.96
p:vast moment|prijzen|-0.97
p:vast nog|prijzen|0.83
p:vast ook|moraliseren|-0.96
p:vast ook|adviseren|-0.99
p:vast ook|bekritiseren|-1.0
p:vast ook|prijzen|1.98
p:vast wel|ik-boodschap|-0.87
p:vast wel|jij-boodschap|-0.94
p:vast wel|parafrase|-0.99
p:vast wel|moraliseren|-0.99
p:vast wel|prijzen|1.99
p:vast wel|etiketteren|-0.99
p:vast wel|interpreteren|-0.93
p:vaste huiswerktijd|adviseren|0.99
p:vaste huiswerktijd|vervolgafspraak|0.99
p:vaste tijden|adviseren|1.0
p:vastloopt bij|waarschuwen|-0.93
p:vecht wordt|bevelen|-0.92
p:veel boosheid|parafrase|-0.94
p:veel eerder|bekritiseren|0.59
p:veel in|open-vraag|-0.96
p:veel in|interpreteren|-0.95
p:veel met|bekritiseren|0.94
p:veel op|waarschuwen|-0.97
p:veel op|etiketteren|-0.97
p:veel te|waarschuwen|-0.97
p:veel te|bekritiseren|-1.71
p:veel te|etiketteren|-0.97
p:veel toetsen|samenvatting|-1.0
p:veel toetsen|bevelen|-1.0
p:veel vrijheid|bekritiseren|0.81
p:veertien hoort|argumenteren|-0.96
p:veilig voelt|interpreteren|-0.91
p:vel daarom|moraliseren|-0.97
p:veranderde er|parafrase|0.91
p:verantwoordelijkheid geeft|open-vraag|-0.93
p:verantwoordelijkheid in|moraliseren|0.79
p:verantwoordelijkheid namen|moraliseren|1.0
p:verantwoordelijkheid namen|afleiden|-1.0
p:verantwoordelijkheid niet|moraliseren|-0.81
p:verantwoordelijkheid te|bevelen|-0.85
p:verbergen dat|interpreteren|1.7
p:verbouwing ?|afleiden|0.98
p:verder ?|open-vraag|-1.0
p:verder ?|aanmoediging|0.8
p:verder met|vervolgafspraak|0.9
p:verdergaan met|ik-boodschap|-0.95
p:verdriet doet|gevoelsreflectie|0.92
p:verdrietig bij|gevoelsreflectie|0.94
p:verdrietig bij|open-vraag|0.94
p:verdrietig van|interpreteren|-0.66
p:verdrietig van|ondervragen|-1.0
p:verdrietig van|afronding-aankondigen|-1.0
p:vergeet dat|argumenteren|0.94
p:vergeet elke|bekritiseren|0.89
p:vergeet kan|ik-boodschap|0.89
p:vergeet soms|moraliseren|-0.95
p:vergeet want|vervolgafspraak|0.95
p:vergeten waardoor|gevoelsreflectie|-0.92
p:vergeten zoiets|geruststellen|0.95
p:vergissing van|geruststellen|-0.94
p:vergist je|prijzen|-0.99
p:vergist zich|adviseren|-0.99
p:vergist zich|argumenteren|0.99
p:verhaal afmaken|bekritiseren|0.59
p:verhuizing ?|parafrase|-0.99
p:verhuizing dat|geruststellen|-0.47
p:verhuizing is|vervolgafspraak|-1.0
p:verhuizing wat|parafrase|0.91
p:verkeerd doet|geruststellen|-0.59
p:verkeerd gedaan|geruststellen|-0.51
p:verklaard en|samenvatting|-0.87
p:verliest u|adviseren|-0.91
p:verpest de|ik-boodschap|-0.99
p:verpest de|jij-boodschap|1.42
p:verpest de|waarschuwen|0.99
p:verpest de|bekritiseren|2.41
p:verpest het|jij-boodschap|0.92
p:verpest het|bekritiseren|-0.26
p:verpleegkundige ziet|prijzen|0.97
p:verschil denk|afleiden|-0.91
p:verschil maakt|ondervragen|-1.0
p:verschrikkelijk gedraagt|bekritiseren|-0.77
p:verslag binnengekregen|bekritiseren|-0.89
p:verstandig mens|adviseren|-0.98
p:verstandig mens|prijzen|0.98
p:vertel eens|ik-boodschap|-0.94
p:vertel eens|samenvatting|-0.84
p:vertel eens|open-vraag|1.0
p:vertel eens|geruststellen|-1.0
p:vertel hoe|parafrase|-0.99
p:verteld ?|parafrase|0.81
p:vertelde dat|jij-boodschap|-0.93
p:vertelde dat|geruststellen|-0.97
p:vertellen ?|parafrase|-0.99
p:vertellen ?|gevoelsreflectie|0.99
p:vertellen ?|open-vraag|0.9
p:vertellen ?|adviseren|-0.99
p:vertellen over|gevoelsreflectie|-0.96
p:vertellen over|adviseren|-0.97
p:vertellen wat|parafrase|-1.0
p:vertellen wat|bekritiseren|-1.0
p:vertellen yusuf|open-vraag|-0.96
p:vertelt anouk|samenvatting|-0.99
p:vertelt ik|gevoelsreflectie|0.92
p:vertelt u|aanmoediging|0.28
p:vertrouwenspersoon er|vervolgafspraak|1.65
p:verveelt in|bevelen|-1.0
p:verveelt in|interpreteren|1.0
p:verveelt zich|interpreteren|0.86
p:vervelend hoe|open-vraag|1.99
p:vervelend want|ik-boodschap|0.93
p:verwaarloost zijn|bekritiseren|0.83
p:verwend nest|jij-boodschap|0.99
p:verwennen hem|bekritiseren|0.7
p:verwent haar|bekritiseren|-1.31
p:verzint gewoon|bekritiseren|-2.16
p:verzuim achterloopt|etiketteren|-0.97
p:verzuim de|afronding-aankondigen|-0.85
p:verzuim en|jij-boodschap|-0.92
p:verzuim en|samenvatting|1.0
p:verzuim en|vervolgafspraak|1.0
p:verzuim en|bedanken|-1.0
p:verzuim in|bedanken|0.9
p:verzuim je|jij-boodschap|-0.11
p:verzuim je|bekritiseren|-0.78
p:verzuim niet|ik-boodschap|-0.96
p:verzuim niet|waarschuwen|0.96
p:verzuim zijn|argumenteren|-0.95
p:via een|parafrase|0.9
p:via snapchat|samenvatting|0.84
p:via snapchat|bekritiseren|-0.84
p:vier uur|ik-boodschap|-0.98
p:vierde en|bekritiseren|-0.99
p:vijf is|argumenteren|0.99
p:vijf is|afleiden|-0.99
p:vijf minuten|vervolgafspraak|-0.9
p:vijf van|argumenteren|0.85
p:vind dat|ik-boodschap|0.99
p:vind dat|jij-boodschap|0.31
p:vind dat|gevoelsreflectie|-0.96
p:vind dat|bekritiseren|1.53
p:vind dit|bekritiseren|-0.91
p:vind het|gevoelsreflectie|0.91
p:vind het|adviseren|-0.99
p:vind het|afleiden|-0.91
p:vind ik|ik-boodschap|2.02
p:vind ik|gevoelsreflectie|-0.92
p:vind ik|samenvatting|-1.0
p:vind ik|bevelen|-0.98
p:vind ik|waarschuwen|-0.99
p:vind ik|argumenteren|-0.86
p:vind ik|vervolgafspraak|0.87
p:vinden het|parafrase|1.0
p:vinden jullie|prijzen|0.91
p:vindt daan|jij-boodschap|-0.83
p:vindt dat|bekritiseren|-0.77
p:vindt de|parafrase|-0.95
p:vindt de|samenvatting|0.6
p:vindt de|open-vraag|-1.93
p:vindt dus|gevoelsreflectie|-0.91
p:vindt dus|open-vraag|-0.99
p:vindt het|jij-boodschap|0.93
p:vindt het|parafrase|0.97
p:vindt het|waarschuwen|-0.97
p:vindt het|adviseren|0.98
p:vindt het|argumenteren|0.97
p:vindt het|bekritiseren|1.79
p:vindt maar|gevoelsreflectie|0.96
p:vindt om|ik-boodschap|-0.99
p:vindt om|bekritiseren|-0.73
p:vindt u|open-vraag|0.95
p:vindt u|adviseren|-0.99
p:vindt u|interpreteren|0.82
p:vlak voor|argumenteren|0.93
p:voel ik|ik-boodschap|0.99
p:voelde dat|jij-boodschap|-0.98
p:voelen als|gevoelsreflectie|0.92
p:voelt en|interpreteren|0.96
p:voelt je|gevoelsreflectie|0.98
p:voelt u|parafrase|0.98
p:voelt u|gevoelsreflectie|0.74
p:voelt zich|parafrase|-1.89
p:voelt zich|argumenteren|-0.99
p:voelt zich|ondervragen|-1.0
p:voetbal ?|open-vraag|-1.0
p:voetbal ?|interpreteren|-1.0
p:voetbal daan|adviseren|-0.99
p:voetbal daan|afleiden|0.99
p:voetbalwedstrijd zaterdag|open-vraag|-0.93
p:voetbalwedstrijd zaterdag|afleiden|0.93
p:voldoende maar|argumenteren|-0.95
p:voldoendes zo|argumenteren|0.84
p:volgen er|waarschuwen|0.99
p:volgend jaar|jij-boodschap|-0.92
p:volgend jaar|waarschuwen|0.93
p:volgende dag|argumenteren|0.93
p:volgende gesprek|samenvatting|-1.0
p:volgende keer|ik-boodschap|-0.92
p:volgende keer|bevelen|-0.82
p:volgende keer|vervolgafspraak|1.54
p:volgende ouders|moraliseren|-0.77
p:volgende ouders|vervolgafspraak|-1.57
p:volgende ouders|bedanken|-0.9
p:volgende punt|argumenteren|-0.92
p:volgende week|ik-boodschap|-0.98
p:volgende week|samenvatting|0.77
p:volgende week|open-vraag|-0.99
p:volgende week|afleiden|-0.95
p:volgende week|afronding-aankondigen|-0.96
p:volgende week|vervolgafspraak|2.8
p:volgende week|bedanken|0.79
p:volgens de|geruststellen|-0.99
p:volgens het|argumenteren|0.94
p:volgens jou|open-vraag|0.9
p:volgens mij|waarschuwen|-1.0
p:volgens mij|argumenteren|-0.51
p:volgens mij|etiketteren|-1.0
p:volgens mij|interpreteren|1.63
p:volgens mij|geruststellen|0.52
p:volgens mij|ondervragen|-1.0
p:volgens u|jij-boodschap|-0.93
p:volgens u|parafrase|0.99
p:volgens u|gevoelsreflectie|-1.89
p:volgens u|samenvatting|-0.95
p:volgens u|open-vraag|0.95
p:volgens u|argumenteren|-0.96
p:volgt er|adviseren|-0.98
p:volwassen dus|parafrase|-0.99
p:volwassen dus|prijzen|0.99
p:vond dat|bekritiseren|0.84
p:vond dat|geruststellen|-0.97
p:vond het|ik-boodschap|1.93
p:vond het|interpreteren|-0.99
p:vond hij|afleiden|0.91
p:vond ik|vervolgafspraak|-0.97
p:vond op|bekritiseren|-0.95
p:vond op|prijzen|-0.95
p:voor aardrijkskunde|ik-boodschap|0.95
p:voor aardrijkskunde|jij-boodschap|-0.95
p:voor aardrijkskunde|bekritiseren|-0.86
p:voor biologie|argumenteren|-0.98
p:voor biologie|bekritiseren|-0.89
p:voor dat|ik-boodschap|-0.95
p:voor dat|jij-boodschap|0.8
p:voor dat|bekritiseren|0.67
p:voor dat|geruststellen|-1.0
p:voor dat|vervolgafspraak|0.68
p:voor de|jij-boodschap|0.95
p:voor de|parafrase|0.97
p:voor de|open-vraag|0.95
p:voor de|waarschuwen|-0.99
p:voor de|moraliseren|-0.12
p:voor de|argumenteren|-1.47
p:voor de|bekritiseren|0.44
p:voor de|prijzen|-0.99
p:voor een|gevoelsreflectie|-0.94
p:voor engels|samenvatting|0.72
p:voor engels|open-vraag|-1.0
p:voor engels|interpreteren|-1.0
p:voor engels|afleiden|1.0
p:voor fleur|samenvatting|0.95
p:voor fleur|vervolgafspraak|-0.56
p:voor frans|gevoelsreflectie|-1.0
p:voor geschiedenis|parafrase|-0.96
p:voor haar|ik-boodschap|0.99
p:voor haar|bekritiseren|-2.21
p:voor had|adviseren|-0.99
p:voor half|bedanken|0.9
p:voor havo|vervolgafspraak|-0.99
p:voor hem|parafrase|0.91
p:voor hem|gevoelsreflectie|-0.93
p:voor hem|samenvatting|-0.95
p:voor hem|adviseren|0.99
p:voor het|samenvatting|-0.86
p:voor het|argumenteren|0.93
p:voor het|bekritiseren|-1.0
p:voor het|afronding-aankondigen|-1.93
p:voor het|vervolgafspraak|-0.95
p:voor het|bedanken|2.77
p:voor huiswerk|adviseren|0.96
p:voor huiswerk|prijzen|-0.97
p:voor iedereen|jij-boodschap|0.92
p:voor iedereen|argumenteren|1.02
p:voor iedereen|bekritiseren|0.6
p:voor je|gevoelsreflectie|-0.92
p:voor je|waarschuwen|0.99
p:voor je|bekritiseren|2.31
p:voor je|bedanken|-1.75
p:voor jou|jij-boodschap|-0.98
p:voor jou|open-vraag|0.99
p:voor jou|etiketteren|-0.72
p:voor kiezen|vervolgafspraak|-0.99
p:voor natuurkunde|jij-boodschap|-0.98
p:voor natuurkunde|argumenteren|0.98
p:voor natuurkunde|bekritiseren|-0.98
p:voor nederlands|jij-boodschap|-0.11
p:voor nederlands|bekritiseren|-0.78
p:voor nu|afleiden|-0.98
p:voor nu|afronding-aankondigen|0.98
p:voor nu|bedanken|0.92
p:voor rekenen|interpreteren|-1.0
p:voor rekenen|afronding-aankondigen|-1.0
p:voor school|bekritiseren|1.6
p:voor twee|argumenteren|-0.98
p:voor u|gevoelsreflectie|1.86
p:voor u|waarschuwen|0.93
p:voor u|interpreteren|1.0
p:voor u|bedanken|-0.87
p:voor uw|samenvatting|0.97
p:voor uw|bekritiseren|0.15
p:voor uw|afronding-aankondigen|-0.75
p:voor uw|vervolgafspraak|-0.41
p:voor uw|bedanken|1.94
p:voor vandaag|adviseren|-1.0
p:voor vandaag|interpreteren|-0.77
p:voor vandaag|afleiden|-1.0
p:voor vandaag|afronding-aankondigen|2.95
p:voor vandaag|vervolgafspraak|0.79
p:voor vandaag|bedanken|-0.89
p:voor volgend|jij-boodschap|-0.92
p:voor volgende|afleiden|-0.95
p:voor volgende|vervolgafspraak|0.92
p:voor wat|afleiden|0.95
p:voor wiskunde|jij-boodschap|-0.98
p:voor wiskunde|argumenteren|0.98
p:voor wiskunde|bekritiseren|-0.98
p:voor wiskunde|ondervragen|-1.0
p:voor woorden|argumenteren|-0.94
p:vooral angst|gevoelsreflectie|0.93
p:vooral angst|interpreteren|0.93
p:vooral bij|parafrase|1.0
p:vooral bij|moraliseren|-1.0
p:vooral boos|samenvatting|-0.94
p:vooral de|parafrase|0.99
p:vooral de|samenvatting|-0.71
p:vooral de|interpreteren|-0.99
p:vooral om|parafrase|0.19
p:vooral om|samenvatting|-0.87
p:vooral online|parafrase|-0.93
p:vooral online|samenvatting|0.93
p:vooral via|samenvatting|0.84
p:vooral via|bekritiseren|-0.84
p:vooral zo|jij-boodschap|-0.92
p:voorbeeld geven|gevoelsreflectie|-0.94
p:voorbeeld moeten|adviseren|-0.92
p:voorstellen dat|ik-boodschap|-0.99
p:voorstellen dat|gevoelsreflectie|0.94
p:voorstellen dat|interpreteren|-0.99
p:voorstellen dat|geruststellen|-0.99
p:voorstelling waar|adviseren|-0.99
p:voortaan elke|jij-boodschap|0.93
p:vorig jaar|geruststellen|-1.0
p:vorige mentor|geruststellen|-0.97
p:vorige week|ik-boodschap|0.94
p:vorige week|jij-boodschap|0.58
p:vorige week|parafrase|-0.99
p:vorige week|bekritiseren|0.38
p:vorige week|ondervragen|0.94
p:vraag ?|jij-boodschap|0.84
p:vraag de|ik-boodschap|-0.92
p:vraag en|bedanken|-0.91
p:vraag ga|bevelen|0.97
p:vraag maar|gevoelsreflectie|-0.82
p:vraag maar|bevelen|-0.82
p:vraag niet|ik-boodschap|0.99
p:vraag niet|waarschuwen|-0.99
p:vraagt of|argumenteren|-0.99
p:vragen bij|adviseren|0.96
p:vragen hoe|adviseren|0.81
p:vragen hoe|prijzen|-0.81
p:vreselijk aan|bekritiseren|2.02
p:vrienden van|samenvatting|0.99
p:vrienden van|open-vraag|0.99
p:vriendengroep wat|vervolgafspraak|-0.99
p:vriendinnen staat|ik-boodschap|-0.99
p:vries niet|interpreteren|-0.91
p:vrijdag een|samenvatting|-0.93
p:vrijdag een|bedanken|-0.87
p:vrijdag even|open-vraag|-0.99
p:vrijdag even|vervolgafspraak|0.99
p:vrijdag kijken|ik-boodschap|-0.98
p:vrijdag kijken|samenvatting|0.82
p:vrijdag mail|samenvatting|1.0
p:vrijdag mail|adviseren|-1.0
p:vrijdag mail|afronding-aankondigen|-1.0
p:vrijdag mailt|afleiden|-0.96
p:vrijdag niet|waarschuwen|1.0
p:vrijdag niet|moraliseren|-0.95
p:vrijdag niet|geruststellen|-1.0
p:vrijdag om|samenvatting|-0.86
p:vrijdag om|bedanken|-0.79
p:vrijdag over|bedanken|0.95
p:vrijdagmiddag nablijven|bekritiseren|-0.94
p:vrije tijd|ik-boodschap|-0.87
p:vrije tijd|moraliseren|-0.99
p:vrije tijd|etiketteren|-0.99
p:vrijheid geven|bevelen|-0.97
p:vrijheid geven|adviseren|1.0
p:vrijheid geven|prijzen|-0.81
p:vrijheid geven|interpreteren|-0.81
p:vroeger zelf|interpreteren|0.95
p:vrouw als|waarschuwen|-0.72
p:vrouw als|prijzen|0.81
p:vrouw u|prijzen|0.93
p:vrouw u|interpreteren|-0.93
p:waait wel|afleiden|-0.68
p:waar de|ik-boodschap|0.94
p:waar heb|open-vraag|0.93
p:waar hij|ik-boodschap|0.96
p:waar hij|vervolgafspraak|-0.96
p:waar je|waarschuwen|-0.93
p:waar je|adviseren|-0.99
p:waar maakt|gevoelsreflectie|-0.99
p:waar maakt|geruststellen|-0.99
p:waar want|argumenteren|0.96
p:waar was|ik-boodschap|-0.98
p:waar was|moraliseren|-0.98
p:waar was|bekritiseren|-0.58
p:waar was|afleiden|-0.93
p:waar zijn|parafrase|-1.0
p:waar zijn|moraliseren|1.0
p:waar zijn|bekritiseren|-1.0
p:waardeer het|afronding-aankondigen|-0.99
p:waardeer het|bedanken|0.87
p:waardeloos werkstuk|moraliseren|-1.0
p:waardeloos werkstuk|bekritiseren|1.0
p:waardeloos werkstuk|geruststellen|-1.0
p:waardoor het|ik-boodschap|-0.84
p:waardoor hij|ik-boodschap|0.97
p:waardoor hij|open-vraag|0.98
p:waardoor ik|ik-boodschap|0.86
p:waardoor ik|bekritiseren|-0.89
p:waardoor je|ik-boodschap|0.99
p:waardoor je|gevoelsreflectie|-0.92
p:waardoor we|vervolgafspraak|-0.92
p:waardoor ze|parafrase|-0.9
p:waarom belt|bekritiseren|0.93
p:waarom belt|etiketteren|-1.0
p:waarom belt|afleiden|-1.0
p:waarom ben|open-vraag|-0.99
p:waarom bent|jij-boodschap|-1.77
p:waarom bent|bekritiseren|-1.0
p:waarom bent|prijzen|-0.94
p:waarom bent|ondervragen|0.93
p:waarom denkt|ondervragen|-0.94
p:waarom doe|jij-boodschap|0.84
p:waarom ga|adviseren|0.98
p:waarom heb|ik-boodschap|-0.98
p:waarom heb|gevoelsreflectie|0.9
p:waarom heb|open-vraag|-0.99
p:waarom heb|moraliseren|-0.98
p:waarom heb|ondervragen|0.96
p:waarom heeft|adviseren|-1.91
p:waarom heeft|ondervragen|2.96
p:waarom is|ondervragen|0.86
p:waarom kom|jij-boodschap|0.98
p:waarom kom|bekritiseren|0.81
p:waarom kom|ondervragen|-0.98
p:waarom komt|ondervragen|0.98
p:waarom laat|adviseren|0.87
p:waarom laat|bekritiseren|-0.76
p:waarom meldt|bevelen|-0.99
p:waarom meldt|adviseren|0.99
p:waarom meldt|ondervragen|-0.99
p:waarom niet|samenvatting|-0.94
p:waarom niet|aanmoediging|-0.86
p:waarom niet|bekritiseren|0.52
p:waarom probeert|ondervragen|-0.96
p:waarom weet|ondervragen|0.93
p:waarom zegt|adviseren|-1.0
p:waarom zegt|ondervragen|1.0
p:waarom zet|argumenteren|-0.99
p:waarom zet|ondervragen|-0.82
p:waarop het|samenvatting|-0.87
p:waarschuw u|waarschuwen|0.93
p:wachten op|prijzen|0.83
p:wakker van|gevoelsreflectie|1.0
p:wakker van|open-vraag|-1.0
p:wakker van|etiketteren|-1.0
p:wakker van|geruststellen|1.97
p:wakker van|afleiden|-0.98
p:wanneer dat|gevoelsreflectie|-0.94
p:wanneer het|bekritiseren|-0.94
p:wanneer is|ondervragen|1.0
p:wanneer je|ik-boodschap|0.94
p:wanneer jullie|ik-boodschap|0.91
p:wanneer jullie|waarschuwen|-0.91
p:wanneer kan|waarschuwen|-0.99
p:wanneer lieke|open-vraag|-0.98
p:wanneer lieke|bevelen|-0.98
p:wanneer mila|vervolgafspraak|-0.92
p:wanneer u|samenvatting|-1.0
p:wanneer u|adviseren|-0.99
p:want als|vervolgafspraak|-0.99
p:want dan|ik-boodschap|1.85
p:want dan|vervolgafspraak|0.95
p:want de|adviseren|-0.99
p:want hamza|open-vraag|-1.0
p:want hamza|geruststellen|-1.0
p:want het|argumenteren|0.94
p:want hij|ik-boodschap|-0.99
p:want ik|argumenteren|0.96
p:want ik|interpreteren|-0.86
p:want je|bekritiseren|0.8
p:want ze|open-vraag|0.97
p:want zo|ik-boodschap|2.74
p:waren dank|bekritiseren|-0.52
p:waren erbij|ondervragen|1.0
p:was aangekondigd|parafrase|0.91
p:was bedankt|bekritiseren|-0.68
p:was de|ik-boodschap|-0.95
p:was dit|bekritiseren|0.66
p:was dit|etiketteren|-0.97
p:was gevallen|ik-boodschap|0.94
p:was geweest|bekritiseren|0.83
p:was in|prijzen|-0.97
p:was je|ik-boodschap|-0.98
p:was je|jij-boodschap|-0.96
p:was je|open-vraag|-0.93
p:was je|moraliseren|-0.98
p:was je|bekritiseren|-1.15
p:was je|afleiden|-0.92
p:was maar|argumenteren|0.96
p:was niet|argumenteren|-0.89
p:was ronduit|bekritiseren|0.62
p:was te|gevoelsreflectie|0.92
p:was te|vervolgafspraak|0.92
p:was trouwens|geruststellen|0.99
p:was u|open-vraag|-1.0
p:was u|ondervragen|1.98
p:was uw|geruststellen|-1.0
p:was uw|ondervragen|-1.0
p:was uw|afleiden|1.0
p:was voor|open-vraag|0.95
p:was ze|open-vraag|-1.0
p:was ze|ondervragen|1.0
p:was zou|ik-boodschap|-0.95
p:was zou|waarschuwen|-0.87
p:was zou|adviseren|1.81
p:was zou|bekritiseren|0.25
p:wat als|ik-boodschap|0.85
p:wat als|open-vraag|-1.89
p:wat als|adviseren|0.92
p:wat ben|jij-boodschap|1.0
p:wat ben|bekritiseren|-1.0
p:wat ben|etiketteren|1.0
p:wat bent|jij-boodschap|1.78
p:wat bent|moraliseren|-0.96
p:wat bent|prijzen|0.83
p:wat bent|etiketteren|0.86
p:wat bent|geruststellen|-0.79
p:wat beter|bevelen|0.85
p:wat dacht|jij-boodschap|-0.99
p:wat de|moraliseren|0.98
p:wat de|afronding-aankondigen|-0.98
p:wat deed|samenvatting|-0.94
p:wat deed|aanmoediging|-0.88
p:wat denk|gevoelsreflectie|-0.98
p:wat denkt|ondervragen|-1.0
p:wat een|jij-boodschap|-0.99
p:wat een|gevoelsreflectie|0.99
p:wat een|bekritiseren|5.61
p:wat een|etiketteren|-0.85
p:wat eerder|adviseren|0.9
p:wat er|ik-boodschap|0.78
p:wat er|parafrase|-1.0
p:wat er|gevoelsreflectie|-1.89
p:wat er|bekritiseren|-0.18
p:wat eruit|samenvatting|0.93
p:wat eruit|vervolgafspraak|0.81
p:wat extra|interpreteren|0.86
p:wat fijn|bekritiseren|-0.78
p:wat ga|open-vraag|-0.94
p:wat ga|afleiden|0.94
p:wat gaat|gevoelsreflectie|0.94
p:wat gaat|open-vraag|0.94
p:wat gebeurde|open-vraag|1.0
p:wat heb|bekritiseren|-0.93
p:wat heeft|parafrase|-0.1
p:wat heeft|prijzen|-0.94
p:wat helpt|vervolgafspraak|0.95
p:wat het|afleiden|0.95
p:wat hij|ik-boodschap|0.8
p:wat hij|bekritiseren|1.41
p:wat ik|jij-boodschap|0.84
p:wat ik|bevelen|0.97
p:wat ik|bekritiseren|0.95
p:wat ik|vervolgafspraak|-0.97
p:wat is|parafrase|1.0
p:wat is|gevoelsreflectie|-0.99
p:wat is|samenvatting|-0.95
p:wat is|open-vraag|1.0
p:wat is|moraliseren|-1.0
p:wat is|geruststellen|1.0
p:wat is|ondervragen|-0.95
p:wat is|afleiden|0.92
p:wat knap|bekritiseren|-0.92
p:wat maakt|gevoelsreflectie|1.96
p:wat maakt|afleiden|-0.91
p:wat maakte|open-vraag|0.95
p:wat meer|open-vraag|-0.93
p:wat meer|bevelen|-0.97
p:wat meer|moraliseren|1.0
p:wat meer|adviseren|0.88
p:wat meer|interpreteren|-0.81
p:wat meer|afleiden|-1.0
p:wat merkt|open-vraag|1.0
p:wat rustiger|vervolgafspraak|0.92
p:wat school|samenvatting|0.91
p:wat strenger|bekritiseren|0.83
p:wat trekt|parafrase|0.91
p:wat u|samenvatting|-1.94
p:wat u|aanmoediging|-0.72
p:wat u|bekritiseren|-2.76
p:wat uw|jij-boodschap|-0.93
p:wat vaker|bevelen|-0.8
p:wat vaker|bekritiseren|-0.76
p:wat veranderde|parafrase|0.91
p:wat vindt|jij-boodschap|-0.83
p:wat vond|afleiden|0.91
p:wat we|jij-boodschap|0.94
p:wat we|samenvatting|1.0
p:wat we|adviseren|-1.0
p:wat we|bekritiseren|0.94
p:wat we|afronding-aankondigen|-1.0
p:wat weet|ik-boodschap|0.94
p:wat wil|samenvatting|0.99
p:wat wil|open-vraag|0.99
p:wat wilt|parafrase|-0.81
p:wat wilt|gevoelsreflectie|-0.74
p:wat wilt|samenvatting|0.72
p:wat wilt|open-vraag|0.98
p:wat wilt|vervolgafspraak|-0.99
p:wat ze|jij-boodschap|0.99
p:wat ze|bekritiseren|-1.76
p:wat ziet|ik-boodschap|-0.94
p:wat ziet|open-vraag|1.0
p:wat zou|parafrase|-0.9
p:wat zou|gevoelsreflectie|-1.06
p:wat zou|bekritiseren|-0.36
p:wc gaat|gevoelsreflectie|-0.91
p:wc mag|argumenteren|-0.99
p:we af|bedanken|-0.91
p:we afspreken|jij-boodschap|0.94
p:we afspreken|samenvatting|1.0
p:we afspreken|adviseren|-1.0
p:we afspreken|bekritiseren|0.94
p:we afspreken|afleiden|-0.96
p:we afspreken|afronding-aankondigen|-1.0
p:we allebei|vervolgafspraak|0.92
p:we beginnen|afleiden|-1.0
p:we bellen|bekritiseren|-1.76
p:we dat|samenvatting|-0.93
p:we de|samenvatting|-1.0
p:we de|etiketteren|0.95
p:we de|afleiden|-0.87
p:we de|vervolgafspraak|1.0
p:we dit|argumenteren|0.97
p:we doen|vervolgafspraak|-0.99
p:we doorgaan|afleiden|0.97
p:we draaien|afronding-aankondigen|0.99
p:we draaien|vervolgafspraak|-0.99
p:we een|jij-boodschap|-1.77
p:we een|bekritiseren|-1.0
p:we een|ondervragen|0.93
p:we eerst|afleiden|0.98
p:we elkaar|samenvatting|-0.96
p:we elkaar|afronding-aankondigen|-0.96
p:we elkaar|bedanken|-0.87
p:we er|ik-boodschap|0.95
p:we er|vervolgafspraak|-0.92
p:we even|afleiden|0.95
p:we gaan|samenvatting|0.94
p:we hebben|jij-boodschap|-0.46
p:we hebben|gevoelsreflectie|-0.74
p:we hebben|samenvatting|1.0
p:we hebben|bekritiseren|-0.4
p:we hebben|bedanken|-1.0
p:we hem|waarschuwen|-0.97
p:we het|open-vraag|-1.0
p:we het|bevelen|-1.0
p:we het|argumenteren|-1.0
p:we het|interpreteren|-1.0
p:we het|geruststellen|-1.0
p:we het|afleiden|1.01
p:we het|afronding-aankondigen|1.72
p:we het|vervolgafspraak|-1.8
p:we het|bedanken|-0.84
p:we hier|ik-boodschap|-1.95
p:we hier|prijzen|0.93
p:we hier|afleiden|-1.0
p:we hier|vervolgafspraak|1.0
p:we hier|bedanken|-1.0
p:we hoe|parafrase|-0.91
p:we hoe|samenvatting|-0.1
p:we hoe|afronding-aankondigen|-0.96
p:we houden|aanmoediging|-0.97
p:we houden|bedanken|0.9
p:we in|vervolgafspraak|-0.92
p:we maar|vervolgafspraak|-0.99
p:we moeten|moraliseren|-0.77
p:we moeten|bekritiseren|-0.98
p:we moeten|afronding-aankondigen|1.86
p:we moeten|vervolgafspraak|-1.57
p:we moeten|bedanken|-0.19
p:we niet|argumenteren|0.92
p:we niets|ik-boodschap|0.91
p:we niets|vervolgafspraak|-0.92
p:we ons|geruststellen|-0.97
p:we ons|afleiden|1.0
p:we over|adviseren|-0.94
p:we over|afronding-aankondigen|-0.94
p:we over|vervolgafspraak|0.68
p:we plannen|afronding-aankondigen|0.91
p:we ronden|samenvatting|-0.86
p:we ronden|afronding-aankondigen|1.92
p:we ronden|vervolgafspraak|0.59
p:we ronden|bedanken|0.99
p:we samen|ik-boodschap|-0.98
p:we samen|samenvatting|1.75
p:we samen|argumenteren|-1.0
p:we samen|prijzen|-1.0
p:we samen|etiketteren|-0.95
p:we samen|interpreteren|-1.0
p:we samen|geruststellen|1.0
p:we samen|vervolgafspraak|1.74
p:we samen|bedanken|-1.0
p:we sluiten|samenvatting|-0.8
p:we spreken|ik-boodschap|-0.98
p:we spreken|samenvatting|0.82
p:we spreken|vervolgafspraak|0.93
p:we steeds|ik-boodschap|0.95
p:we stoppen|vervolgafspraak|0.92
p:we stoppen|bedanken|0.92
p:we verder|vervolgafspraak|0.9
p:we verdergaan|geruststellen|-0.96
p:we volgende|vervolgafspraak|1.83
p:we voor|ik-boodschap|0.95
p:we vrijdag|open-vraag|-0.99
p:we vrijdag|vervolgafspraak|0.99
p:we weer|samenvatting|1.0
p:we weer|vervolgafspraak|1.0
p:we wel|afleiden|-0.92
p:we willen|samenvatting|0.98
p:week bel|samenvatting|0.94
p:week bel|bedanken|0.79
p:week de|ondervragen|-0.81
p:week donderdag|samenvatting|-0.99
p:week donderdag|open-vraag|-0.99
p:week donderdag|vervolgafspraak|0.99
p:week door|samenvatting|-1.0
p:week door|adviseren|1.0
p:week doorneemt|adviseren|0.99
p:week doorneemt|vervolgafspraak|-0.64
p:week drie|ik-boodschap|0.92
p:week drie|bekritiseren|-0.56
p:week evalueren|etiketteren|-0.95
p:week gelezen|ondervragen|1.74
p:week ging|samenvatting|1.0
p:week ging|adviseren|-1.0
p:week ging|afronding-aankondigen|-1.0
p:week hebben|afleiden|-0.95
p:week in|afleiden|-0.99
p:week is|vervolgafspraak|-0.83
p:week klaar|afronding-aankondigen|-0.96
p:week maandag|gevoelsreflectie|0.92
p:week maandag|vervolgafspraak|0.92
p:week met|parafrase|-0.99
p:week op|open-vraag|0.93
p:week samen|jij-boodschap|0.58
p:week samen|bekritiseren|0.38
p:week samen|vervolgafspraak|0.88
p:week terug|vervolgafspraak|-1.76
p:week twee|gevoelsreflectie|-0.92
p:week vrijdag|ik-boodschap|-0.98
p:week vrijdag|samenvatting|0.82
p:week woensdag|vervolgafspraak|0.95
p:week zijn|ik-boodschap|0.94
p:week zit|vervolgafspraak|1.65
p:weekend ?|open-vraag|-0.96
p:weekend niet|ik-boodschap|0.96
p:weekend niet|vervolgafspraak|-0.96
p:weekplanner gebruiken|geruststellen|0.94
p:weekplanner geven|geruststellen|-0.83
p:weer beter|aanmoediging|-0.73
p:weer beter|etiketteren|0.92
p:weer dan|samenvatting|-0.96
p:weer dan|afronding-aankondigen|-0.96
p:weer dan|bedanken|-0.85
p:weer dank|bekritiseren|1.49
p:weer dank|vervolgafspraak|0.92
p:weer dank|bedanken|-0.85
p:weer elke|ik-boodschap|0.91
p:weer gebeurt|bekritiseren|0.53
p:weer goed|afleiden|-0.89
p:weer in|waarschuwen|0.93
p:weer in|argumenteren|-0.82
p:weer in|geruststellen|1.0
p:weer leuk|samenvatting|-0.95
p:weer meedoen|bevelen|-0.91
p:weer met|samenvatting|0.98
p:weer met|bekritiseren|-0.93
p:weer mooi|afleiden|0.92
p:weer niet|ik-boodschap|-0.91
p:weer niet|bevelen|-0.97
p:weer om|samenvatting|1.0
p:weer om|vervolgafspraak|1.0
p:weer ontbreekt|bekritiseren|-0.94
p:weer op|jij-boodschap|-0.49
p:weer op|bekritiseren|-0.36
p:weer spiekt|samenvatting|-0.87
p:weer spiekt|waarschuwen|0.91
p:weer trouwens|bekritiseren|-0.66
p:weer voor|jij-boodschap|0.92
p:weer voor|bekritiseren|0.6
p:weer zijn|bekritiseren|0.89
p:weer zin|bekritiseren|-0.31
p:weer zitten|bevelen|0.99
p:weer zitten|waarschuwen|-0.99
p:weer zitten|geruststellen|-0.99
p:wees gerust|geruststellen|0.88
p:weet ?|jij-boodschap|0.96
p:weet ?|bekritiseren|0.33
p:weet dat|bekritiseren|0.89
p:weet dat|prijzen|0.92
p:weet dit|prijzen|-0.94
p:weet het|aanmoediging|-0.73
p:weet het|etiketteren|0.92
p:weet je|ik-boodschap|-0.11
p:weet je|open-vraag|-0.97
p:weet je|moraliseren|0.95
p:weet niet|parafrase|-0.81
p:weet niet|gevoelsreflectie|-0.98
p:weet niet|samenvatting|0.82
p:weet toch|bevelen|-0.91
p:weet toch|moraliseren|0.95
p:weet toch|argumenteren|-0.95
p:weet u|ik-boodschap|0.94
p:weet u|jij-boodschap|0.86
p:weet u|argumenteren|0.93
p:weet u|bekritiseren|0.96
p:weet u|ondervragen|0.93
p:weet waar|parafrase|-1.0
p:weet waar|moraliseren|1.0
p:weet waar|bekritiseren|-1.0
p:weet zit|waarschuwen|0.99
p:weet zit|moraliseren|-0.99
p:weg als|bevelen|0.83
p:weg als|prijzen|-0.97
p:wegblijft ?|bekritiseren|0.95
p:wegstopt pak|ik-boodschap|-1.0
p:wegstopt pak|waarschuwen|1.0
p:wegstopt pak|moraliseren|-1.0
p:wegstopt pak|adviseren|-1.0
p:wegzakt misschien|ik-boodschap|0.94
p:weinig aandacht|afleiden|-1.0
p:weinig aansluiting|open-vraag|0.98
p:weinig doet|gevoelsreflectie|-0.91
p:weinig hij|jij-boodschap|-0.41
p:weinig over|open-vraag|-0.93
p:weinig slaapt|ik-boodschap|0.94
p:weinig structuur|bekritiseren|-0.88
p:weinig vrienden|samenvatting|0.73
p:wekelijks contact|aanmoediging|-0.99
p:weken geen|ik-boodschap|0.95
p:weken geen|jij-boodschap|-0.95
p:weken geen|open-vraag|-1.0
p:weken geen|bekritiseren|-0.86
p:weken geen|geruststellen|-1.0
p:weken in|ik-boodschap|-0.9
p:weken in|adviseren|-0.99
p:weken in|argumenteren|1.75
p:weken in|bekritiseren|0.9
p:weken in|prijzen|-0.99
p:weken is|geruststellen|0.98
p:weken later|ik-boodschap|-0.97
p:weken om|adviseren|0.99
p:weken om|vervolgafspraak|0.99
p:weken op|parafrase|-0.91
p:weken op|samenvatting|0.86
p:weken pas|ik-boodschap|0.99
p:weken samen|adviseren|-0.94
p:weken uit|geruststellen|-0.9
p:weken weer|ik-boodschap|0.91
p:weken zie|bedanken|-0.85
p:weken zien|samenvatting|-0.96
p:weken zien|afronding-aankondigen|-0.96
p:weken zijn|adviseren|0.99
p:weken zijn|vervolgafspraak|0.27
p:weken zitten|bedanken|0.9
p:wel aan|ik-boodschap|-0.94
p:wel aan|geruststellen|-0.99
p:wel alleen|interpreteren|-0.93
p:wel bij|waarschuwen|-0.95
p:wel bij|prijzen|0.97
p:wel bram|open-vraag|-0.94
p:wel bram|afleiden|0.94
p:wel dat|ik-boodschap|-0.87
p:wel dat|parafrase|-0.99
p:wel dat|gevoelsreflectie|-0.9
p:wel dat|samenvatting|-0.99
p:wel dat|moraliseren|-0.99
p:wel dat|prijzen|0.27
p:wel dat|etiketteren|-0.99
p:wel dat|afronding-aankondigen|-0.93
p:wel doorheen|geruststellen|1.59
p:wel doorheen|bedanken|-0.99
p:wel druk|geruststellen|-0.97
p:wel echt|geruststellen|1.82
p:wel een|gevoelsreflectie|-0.94
p:wel eens|geruststellen|-1.02
p:wel eens|afleiden|1.76
p:wel even|jij-boodschap|-0.94
p:wel gemaakt|samenvatting|-0.97
p:wel goed|open-vraag|-1.0
p:wel goed|interpreteren|0.62
p:wel goed|geruststellen|1.98
p:wel had|geruststellen|-0.92
p:wel hebt|bekritiseren|-0.53
p:wel hoe|jij-boodschap|0.86
p:wel hoe|open-vraag|0.97
p:wel je|gevoelsreflectie|-0.98
p:wel je|samenvatting|0.82
p:wel maar|parafrase|0.93
p:wel maar|geruststellen|-0.93
p:wel meevalt|interpreteren|-0.96
p:wel meewerken|prijzen|1.0
p:wel met|bekritiseren|0.96
p:wel noor|bedanken|1.0
p:wel oefent|samenvatting|-0.99
p:wel op|argumenteren|-1.0
p:wel op|prijzen|-1.0
p:wel op|interpreteren|-1.0
p:wel op|geruststellen|1.0
p:wel op|bedanken|-1.0
p:wel over|afleiden|-0.68
p:wel overheen|geruststellen|0.99
p:wel prima|ondervragen|-1.0
p:wel van|ik-boodschap|-0.92
p:wel van|gevoelsreflectie|-1.0
p:wel van|vervolgafspraak|-1.0
p:wel vertellen|bevelen|-1.0
p:wel vertellen|waarschuwen|1.0
p:wel voor|bekritiseren|-0.94
p:wel voor|afronding-aankondigen|0.21
p:wel voor|vervolgafspraak|-0.95
p:wel voor|bedanken|0.94
p:wel we|afronding-aankondigen|0.93
p:welk telefoonnummer|open-vraag|-0.96
p:welk vak|open-vraag|-0.91
p:welke dag|ondervragen|-0.99
p:welke ideeën|open-vraag|0.99
p:welkom bij|etiketteren|-0.96
p:welkom om|moraliseren|-1.0
p:welkom om|bekritiseren|-0.92
p:werk is|jij-boodschap|-0.98
p:werk niet|geruststellen|-0.86
p:werkboek niet|vervolgafspraak|-0.72
p:werkelijk een|moraliseren|-1.0
p:werkelijk een|bekritiseren|1.0
p:werkelijk een|geruststellen|-1.0
p:werken blijft|ik-boodschap|-0.99
p:werken dan|moraliseren|-0.96
p:werken dat|open-vraag|-0.96
p:werken en|ik-boodschap|0.99
p:werken omdat|interpreteren|-0.94
p:werkstuk krijgt|prijzen|-0.92
p:werkstuk uiterlijk|bevelen|1.73
p:werkstuk vrijdag|waarschuwen|1.0
p:werkstuk vrijdag|geruststellen|-1.0
p:werkt dat|bevelen|-0.99
p:werkt dat|argumenteren|0.99
p:werkweek niet|ik-boodschap|-1.79
p:werkweek niet|parafrase|0.95
p:weten als|bekritiseren|-0.96
p:weten als|vervolgafspraak|0.93
p:weten hoe|prijzen|-0.99
p:weten je|ondervragen|1.0
p:weten je|bedanken|-1.0
p:weten jullie|bekritiseren|1.35
p:weten met|moraliseren|0.96
p:weten wat|jij-boodschap|-0.93
p:weten wat|samenvatting|0.91
p:wie ?|ik-boodschap|-0.98
p:wie ?|moraliseren|-0.98
p:wie begon|open-vraag|-0.99
p:wie controleert|bekritiseren|-0.83
p:wie controleert|vervolgafspraak|-0.99
p:wie een|argumenteren|0.91
p:wie hij|bekritiseren|0.96
p:wie niet|argumenteren|0.98
p:wie niet|geruststellen|-0.9
p:wie waren|ondervragen|1.0
p:wie was|open-vraag|-1.0
p:wie was|bekritiseren|-0.58
p:wie was|ondervragen|1.0
p:wie was|afleiden|-0.93
p:wie weet|prijzen|-0.94
p:wie ze|moraliseren|0.96
p:wifi 's|adviseren|1.0
p:wifi niet|ondervragen|-0.82
p:wijze vrouw|prijzen|0.93
p:wil alles|etiketteren|0.99
p:wil eerlijk|open-vraag|1.0
p:wil eerlijk|bekritiseren|0.94
p:wil eigenlijk|parafrase|0.91
p:wil gaan|bedanken|-0.91
p:wil graag|parafrase|-0.95
p:wil graag|aanmoediging|-0.96
p:wil hebben|afleiden|-0.91
p:wil het|bekritiseren|-0.94
p:wil het|afronding-aankondigen|1.81
p:wil het|bedanken|1.84
p:wil ik|samenvatting|-0.82
p:wil ik|bevelen|0.98
p:wil ik|afleiden|1.83
p:wil ik|afronding-aankondigen|1.0
p:wil je|ik-boodschap|-0.96
p:wil je|samenvatting|0.99
p:wil je|moraliseren|-0.77
p:wil nu|bevelen|-0.96
p:wil u|open-vraag|-0.96
p:wil wel|gevoelsreflectie|-0.98
p:wil wel|samenvatting|0.82
p:willen allebei|samenvatting|0.98
p:willen dat|parafrase|-0.9
p:wilt dat|parafrase|-0.15
p:wilt dat|samenvatting|0.1
p:wilt een|gevoelsreflectie|0.92
p:wilt een|samenvatting|0.95
p:wilt een|vervolgafspraak|0.36
p:wilt eerder|parafrase|1.0
p:wilt gewoon|interpreteren|0.91
p:wilt graag|gevoelsreflectie|-0.91
p:wilt horen|bekritiseren|-1.79
p:wilt meer|parafrase|-0.99
p:wilt meer|ondervragen|-1.0
p:wilt meer|vervolgafspraak|-1.0
p:wilt u|parafrase|-1.81
p:wilt u|gevoelsreflectie|-0.68
p:wilt u|samenvatting|0.72
p:wilt u|open-vraag|0.98
p:wilt u|interpreteren|1.0
p:wilt u|ondervragen|-0.96
p:wilt u|vervolgafspraak|-0.99
p:wilt u|bedanken|-0.87
p:wilt weten|samenvatting|0.91
p:wiskunde dat|jij-boodschap|0.98
p:wiskunde dat|bekritiseren|0.63
p:wiskunde en|jij-boodschap|-0.98
p:wiskunde en|argumenteren|0.98
p:wiskunde en|bekritiseren|-0.98
p:wiskunde per|ik-boodschap|-0.98
p:wiskunde steeds|gevoelsreflectie|-0.91
p:wiskunde toch|ondervragen|-1.0
p:wist ik|vervolgafspraak|-0.97
p:wist niets|samenvatting|0.95
p:wist niets|vervolgafspraak|-0.56
p:wist wel|ik-boodschap|-0.92
p:wit staan|samenvatting|-1.0
p:wit staan|moraliseren|-1.0
p:wit staan|argumenteren|1.0
p:woensdag bijles|prijzen|0.91
p:woensdag en|argumenteren|-0.98
p:woensdag het|vervolgafspraak|0.96
p:woensdag is|parafrase|0.99
p:woensdag kijken|parafrase|-0.91
p:woensdag kijken|samenvatting|0.86
p:woensdag samen|vervolgafspraak|0.95
p:woord wil|afleiden|-0.91
p:woorden hij|samenvatting|-0.86
p:woorden je|ik-boodschap|-0.92
p:woorden thuis|parafrase|0.93
p:woorden thuis|geruststellen|-0.93
p:woorden u|parafrase|1.0
p:woorden u|samenvatting|0.87
p:woordjes hardop|waarschuwen|-0.99
p:word er|ik-boodschap|0.95
p:word er|interpreteren|-0.66
p:word er|ondervragen|-1.0
p:word er|afronding-aankondigen|-1.0
p:worden gewogen|bevelen|-0.99
p:worden gewogen|argumenteren|0.99
p:wordt buitengesloten|parafrase|0.95
p:wordt buitengesloten|samenvatting|-0.95
p:wordt de|waarschuwen|0.91
p:wordt die|samenvatting|-0.87
p:wordt er|ik-boodschap|0.98
p:wordt hij|parafrase|-0.95
p:wordt ik|parafrase|0.95
p:wordt wat|parafrase|0.81
p:wordt wat|gevoelsreflectie|0.83
p:wordt ze|ik-boodschap|-0.99
p:wordt ze|jij-boodschap|-0.99
p:yusuf heeft|ondervragen|-1.0
p:yusuf heeft|vervolgafspraak|-1.0
p:yusuf praat|open-vraag|-0.96
p:zag dat|ik-boodschap|-0.94
p:zakken wat|samenvatting|0.99
p:zakken wat|open-vraag|0.99
p:zaterdag ?|open-vraag|-0.93
p:zaterdag ?|afleiden|0.93
p:ze alsof|jij-boodschap|0.89
p:ze alsof|bekritiseren|0.89
p:ze alsof|geruststellen|-0.97
p:ze bij|parafrase|-0.9
p:ze daar|parafrase|0.81
p:ze dat|interpreteren|-0.94
p:ze de|samenvatting|-0.99
p:ze de|waarschuwen|-0.91
p:ze de|vervolgafspraak|0.95
p:ze doet|parafrase|-0.95
p:ze doet|bekritiseren|1.95
p:ze een|waarschuwen|1.0
p:ze een|geruststellen|-1.0
p:ze elke|argumenteren|0.78
p:ze er|ik-boodschap|-0.92
p:ze gemaakt|etiketteren|-0.85
p:ze gepest|parafrase|0.81
p:ze geschorst|jij-boodschap|-0.99
p:ze gewoon|interpreteren|0.98
p:ze gewoon|geruststellen|0.86
p:ze haar|waarschuwen|1.0
p:ze haar|interpreteren|-0.9
p:ze haar|geruststellen|-1.98
p:ze heeft|ik-boodschap|0.96
p:ze heeft|jij-boodschap|-0.57
p:ze heeft|bevelen|-1.0
p:ze heeft|moraliseren|-0.95
p:ze heeft|bekritiseren|0.32
p:ze het|argumenteren|-0.7
p:ze hulp|prijzen|0.97
p:ze is|adviseren|-1.0
p:ze is|bekritiseren|-2.76
p:ze is|geruststellen|1.05
p:ze kan|open-vraag|0.97
p:ze komt|geruststellen|0.6
p:ze komt|bedanken|-0.99
p:ze moe|argumenteren|0.78
p:ze morgen|bevelen|1.0
p:ze morgen|waarschuwen|-1.0
p:ze niet|ik-boodschap|0.89
p:ze niet|ondervragen|-1.0
p:ze niet|afronding-aankondigen|-1.0
p:ze omgaat|moraliseren|0.96
p:ze onzeker|interpreteren|0.62
p:ze onzeker|geruststellen|0.99
p:ze op|jij-boodschap|0.99
p:ze op|open-vraag|-1.0
p:ze op|bekritiseren|-1.76
p:ze op|geruststellen|-0.91
p:ze op|ondervragen|1.0
p:ze op|afleiden|0.91
p:ze prikkelbaar|samenvatting|0.6
p:ze prikkelbaar|open-vraag|-0.98
p:ze schuift|bevelen|-0.9
p:ze slaapt|samenvatting|0.6
p:ze slaapt|open-vraag|-0.98
p:ze steeds|moraliseren|-0.95
p:ze thuis|parafrase|1.0
p:ze thuis|gevoelsreflectie|-1.0
p:ze thuis|samenvatting|-0.99
p:ze thuis|ondervragen|1.0
p:ze thuiskomt|prijzen|-0.99
p:ze uitgeschreven|ik-boodschap|-0.99
p:ze vijf|argumenteren|0.85
p:ze vrijdagmiddag|bekritiseren|-0.94
p:ze weer|samenvatting|0.98
p:ze zich|parafrase|-0.81
p:ze zich|interpreteren|0.96
p:ze zich|vervolgafspraak|0.95
p:ze zit|argumenteren|-0.9
p:ze zit|interpreteren|-0.94
p:ze zo|ik-boodschap|0.94
p:ze zo|argumenteren|-0.7
p:ze zo|interpreteren|0.62
p:ze zo|geruststellen|0.52
p:ze zo|ondervragen|-0.94
p:zeg het|samenvatting|0.73
p:zeg het|aanmoediging|0.94
p:zeg jij|bevelen|0.85
p:zeg niet|geruststellen|0.59
p:zegt dat|ik-boodschap|-0.94
p:zegt dat|jij-boodschap|-0.22
p:zegt dat|parafrase|0.95
p:zegt dat|samenvatting|-0.97
p:zegt dat|bevelen|-0.91
p:zegt dat|bekritiseren|-0.53
p:zegt dat|interpreteren|0.29
p:zegt dat|geruststellen|1.49
p:zegt dat|ondervragen|-1.0
p:zegt dat|afronding-aankondigen|-1.0
p:zegt dus|parafrase|1.0
p:zegt dus|moraliseren|-1.0
p:zegt dus|geruststellen|-0.99
p:zegt eigenlijk|interpreteren|-0.91
p:zegt hij|parafrase|0.95
p:zegt hij|samenvatting|-0.95
p:zegt hij|aanmoediging|-0.98
p:zegt is|samenvatting|-0.99
p:zegt is|bekritiseren|-0.97
p:zegt meer|interpreteren|0.96
p:zegt noah|parafrase|0.95
p:zegt omdat|bekritiseren|-0.95
p:zegt omdat|prijzen|-0.95
p:zegt u|aanmoediging|1.72
p:zegt u|bevelen|0.99
p:zegt u|adviseren|-1.0
p:zegt u|ondervragen|1.0
p:zelf ?|open-vraag|0.99
p:zelf ?|afleiden|-0.99
p:zelf begint|parafrase|0.95
p:zelf dat|gevoelsreflectie|-0.98
p:zelf doet|jij-boodschap|1.56
p:zelf doet|samenvatting|-0.63
p:zelf doet|bekritiseren|1.4
p:zelf gepest|interpreteren|0.95
p:zelf je|bevelen|1.69
p:zelf je|vervolgafspraak|-1.79
p:zelf kiezen|bekritiseren|-0.76
p:zelf laten|adviseren|0.85
p:zelf ook|gevoelsreflectie|0.91
p:zelf ook|waarschuwen|-1.0
p:zelf ook|bekritiseren|-0.95
p:zelf ook|prijzen|-0.95
p:zelf ook|bedanken|1.0
p:zelf over|parafrase|0.81
p:zelf plannen|bevelen|-0.8
p:zelf slechte|jij-boodschap|-0.92
p:zelf steeds|jij-boodschap|1.44
p:zelf thuis|open-vraag|-1.0
p:zelf thuis|ondervragen|1.0
p:zelf van|jij-boodschap|-0.83
p:zelf verprutst|bekritiseren|1.7
p:zenuwachtig bent|geruststellen|1.72
p:zenuwachtig van|gevoelsreflectie|0.94
p:zes toetsen|argumenteren|0.85
p:zes weken|bedanken|-0.85
p:zesde uur|afronding-aankondigen|0.72
p:zet die|gevoelsreflectie|-1.0
p:zet die|bevelen|1.0
p:zet die|argumenteren|-1.0
p:zet het|vervolgafspraak|-0.91
p:zet hij|parafrase|-0.96
p:zet hij|samenvatting|0.98
p:zet je|bekritiseren|-0.52
p:zet u|argumenteren|-0.99
p:zet u|ondervragen|-0.82
p:zetten over|vervolgafspraak|-0.9
p:zich aan|bekritiseren|-0.74
p:zich bij|interpreteren|-0.91
p:zich buitengesloten|parafrase|-0.93
p:zich buitengesloten|samenvatting|0.93
p:zich daar|gevoelsreflectie|0.93
p:zich de|argumenteren|0.99
p:zich de|vervolgafspraak|0.95
p:zich echt|jij-boodschap|0.72
p:zich echt|open-vraag|1.0
p:zich echt|geruststellen|1.16
p:zich eigenlijk|bekritiseren|-0.48
p:zich eigenlijk|interpreteren|1.0
p:zich geen|interpreteren|-0.94
p:zich gewoon|interpreteren|0.86
p:zich heeft|open-vraag|-0.99
p:zich heeft|bevelen|1.0
p:zich heeft|waarschuwen|-1.0
p:zich heeft|vervolgafspraak|0.28
p:zich heen|open-vraag|-0.98
p:zich heen|bevelen|-0.98
p:zich het|gevoelsreflectie|-0.99
p:zich het|geruststellen|-0.99
p:zich maar|bevelen|-0.81
p:zich morgen|bevelen|0.99
p:zich niet|jij-boodschap|-0.73
p:zich niet|gevoelsreflectie|0.74
p:zich niet|samenvatting|-0.86
p:zich niet|argumenteren|-0.99
p:zich niet|bekritiseren|-0.95
p:zich nooit|ik-boodschap|-0.99
p:zich nou|gevoelsreflectie|-0.83
p:zich nou|geruststellen|0.97
p:zich overal|gevoelsreflectie|-0.8
p:zich overal|bekritiseren|0.77
p:zich terug|parafrase|-0.81
p:zich thuis|interpreteren|0.96
p:zich thuis|geruststellen|-0.99
p:zich thuis|ondervragen|-1.0
p:zich vanaf|bevelen|0.93
p:zich veel|bekritiseren|0.94
p:zich verschrikkelijk|bekritiseren|-0.77
p:zich verveelt|bevelen|-1.0
p:zich verveelt|interpreteren|1.0
p:zich vreselijk|bekritiseren|2.02
p:zich want|adviseren|-0.99
p:zich zorgen|gevoelsreflectie|1.0
p:zich zorgen|open-vraag|1.0
p:zich zorgen|interpreteren|-0.99
p:zichtbaar geschrokken|gevoelsreflectie|1.0
p:zie alleen|geruststellen|-0.86
p:zie dat|gevoelsreflectie|0.84
p:zie dat|adviseren|0.96
p:zie dat|vervolgafspraak|-0.72
p:zie ik|parafrase|-0.99
p:zie ik|gevoelsreflectie|0.99
p:zie ik|bekritiseren|-2.66
p:zie ik|afronding-aankondigen|0.72
p:zie ik|vervolgafspraak|1.83
p:zie je|vervolgafspraak|0.96
p:zie jij|afleiden|-0.99
p:zie neem|bevelen|0.83
p:zie neem|prijzen|-0.97
p:ziek gemeld|adviseren|-0.92
p:ziek gemeld|bekritiseren|-0.46
p:ziekmelding pas|ik-boodschap|0.91
p:ziekmelding pas|waarschuwen|-0.91
p:ziekte voor|bedanken|0.9
p:zien dat|ik-boodschap|0.99
p:zien dat|prijzen|-0.99
p:zien dat|interpreteren|-0.99
p:zien hoe|ik-boodschap|0.94
p:zien waar|waarschuwen|-0.93
p:zien wat|ik-boodschap|0.8
p:zien we|samenvatting|-0.96
p:zien we|afronding-aankondigen|-0.96
p:ziet iedereen|bekritiseren|-1.76
p:ziet u|ik-boodschap|-0.94
p:ziet u|open-vraag|1.0
p:ziet u|prijzen|0.97
p:ziet vast|adviseren|-0.98
p:ziet vast|prijzen|0.98
p:zij doet|jij-boodschap|0.98
p:zij doet|bekritiseren|0.63
p:zij probeert|ik-boodschap|-1.0
p:zij probeert|jij-boodschap|-1.0
p:zij probeert|bekritiseren|-1.0
p:zij probeert|etiketteren|-1.0
p:zij probeert|interpreteren|1.0
p:zij spijbelt|jij-boodschap|0.89
p:zij spijbelt|bekritiseren|0.89
p:zij spijbelt|geruststellen|-0.97
p:zijn agenda|adviseren|0.99
p:zijn als|open-vraag|1.0
p:zijn als|moraliseren|1.0
p:zijn als|bekritiseren|-1.83
p:zijn als|afleiden|-1.0
p:zijn altijd|moraliseren|-1.0
p:zijn altijd|bekritiseren|-0.92
p:zijn bijna|bedanken|-0.91
p:zijn boeken|moraliseren|-0.95
p:zijn broertje|adviseren|0.81
p:zijn broertje|prijzen|-0.81
p:zijn cijfer|argumenteren|-0.98
p:zijn cijfers|jij-boodschap|-0.41
p:zijn cijfers|samenvatting|-0.82
p:zijn cijfers|argumenteren|0.87
p:zijn cijfers|afleiden|-0.85
p:zijn daden|moraliseren|0.98
p:zijn daden|adviseren|-0.98
p:zijn door|bedanken|0.87
p:zijn duidelijk|argumenteren|0.99
p:zijn echt|bevelen|-0.93
p:zijn echt|bekritiseren|-0.89
p:zijn er|afleiden|0.93
p:zijn erg|bekritiseren|0.95
p:zijn fiets|bevelen|0.85
p:zijn gang|bevelen|-0.89
p:zijn gang|bekritiseren|-0.22
p:zijn gedrag|ik-boodschap|-0.98
p:zijn gedrag|bekritiseren|0.88
p:zijn gedrag|vervolgafspraak|-0.98
p:zijn gemiddelde|ik-boodschap|0.95
p:zijn gemiddelde|jij-boodschap|-0.95
p:zijn gemiddelde|bekritiseren|-0.86
p:zijn geweest|gevoelsreflectie|1.84
p:zijn geweest|etiketteren|-0.72
p:zijn gewoon|etiketteren|0.97
p:zijn goede|open-vraag|-1.0
p:zijn goede|interpreteren|-1.0
p:zijn goede|afleiden|1.0
p:zijn grenzen|interpreteren|0.99
p:zijn hoe|gevoelsreflectie|0.99
p:zijn hoofd|ik-boodschap|-0.92
p:zijn hoor|moraliseren|-0.92
p:zijn huiswerk|jij-boodschap|0.93
p:zijn huiswerk|open-vraag|-0.96
p:zijn huiswerk|adviseren|-0.91
p:zijn huiswerk|bekritiseren|0.98
p:zijn huiswerk|ondervragen|1.0
p:zijn huiswerk|vervolgafspraak|0.99
p:zijn huiswerkbegeleiding|bekritiseren|0.83
p:zijn in|argumenteren|0.99
p:zijn in|geruststellen|-0.87
p:zijn kamer|bekritiseren|-0.83
p:zijn kamer|vervolgafspraak|-0.99
p:zijn kind|parafrase|-1.0
p:zijn kind|moraliseren|1.0
p:zijn kind|bekritiseren|-1.0
p:zijn klasgenoot|ik-boodschap|0.94
p:zijn laars|jij-boodschap|0.58
p:zijn laars|bekritiseren|0.38
p:zijn leeftijd|moraliseren|-0.95
p:zijn leeftijd|afleiden|0.96
p:zijn lip|waarschuwen|-0.97
p:zijn lip|etiketteren|-0.97
p:zijn oma|vervolgafspraak|-0.99
p:zijn opdrachten|ik-boodschap|0.99
p:zijn planner|ik-boodschap|0.96
p:zijn planner|bekritiseren|0.89
p:zijn planner|vervolgafspraak|-0.96
p:zijn planning|samenvatting|1.88
p:zijn planning|waarschuwen|-1.0
p:zijn planning|vervolgafspraak|1.92
p:zijn planning|bedanken|0.79
p:zijn plek|waarschuwen|0.95
p:zijn pootjes|geruststellen|0.91
p:zijn rapport|afleiden|-0.96
p:zijn regels|prijzen|-0.92
p:zijn rekenmachine|open-vraag|-0.99
p:zijn rekenmachine|vervolgafspraak|0.99
p:zijn resultaten|afleiden|-0.94
p:zijn rooster|ik-boodschap|0.99
p:zijn rooster|interpreteren|-0.99
p:zijn schrift|aanmoediging|-0.93
p:zijn slaap|samenvatting|1.66
p:zijn slechte|vervolgafspraak|-0.91
p:zijn stemming|open-vraag|1.0
p:zijn tegen|bevelen|-0.91
p:zijn telefoon|ik-boodschap|-0.99
p:zijn telefoon|jij-boodschap|-1.87
p:zijn telefoon|gevoelsreflectie|-0.88
p:zijn telefoon|open-vraag|1.0
p:zijn telefoon|waarschuwen|0.87
p:zijn telefoon|bekritiseren|-0.98
p:zijn u|bekritiseren|0.94
p:zijn vader|ik-boodschap|-0.99
p:zijn vader|parafrase|-0.2
p:zijn vader|samenvatting|-0.9
p:zijn van|ik-boodschap|-0.93
p:zijn van|moraliseren|0.93
p:zijn vel|moraliseren|-0.97
p:zijn verzuim|bedanken|0.9
p:zijn voldoende|argumenteren|-0.95
p:zijn vriendengroep|vervolgafspraak|-0.99
p:zijn werkboek|vervolgafspraak|-0.72
p:zijn zin|gevoelsreflectie|-0.89
p:zijn zorgpunten|argumenteren|-0.95
p:zin hebt|interpreteren|0.95
p:zin heeft|gevoelsreflectie|-0.89
p:zin in|jij-boodschap|1.57
p:zin in|bekritiseren|0.83
p:zin in|interpreteren|-1.84
p:zin te|ik-boodschap|-1.0
p:zin te|jij-boodschap|-1.0
p:zin te|bekritiseren|-1.0
p:zin te|etiketteren|-1.0
p:zin te|interpreteren|1.0
p:zit alleen|bekritiseren|0.95
p:zit alleen|interpreteren|-0.94
p:zit altijd|bekritiseren|0.92
p:zit de|bevelen|0.9
p:zit de|argumenteren|-0.99
p:zit de|bekritiseren|0.99
p:zit de|etiketteren|-0.99
p:zit de|vervolgafspraak|1.65
p:zit dit|ondervragen|-1.0
p:zit elke|ik-boodschap|0.96
p:zit er|argumenteren|0.85
p:zit er|bekritiseren|-0.93
p:zit er|afleiden|-0.92
p:zit gewoon|moraliseren|-0.97
p:zit het|interpreteren|1.0
p:zit hier|jij-boodschap|1.01
p:zit hier|samenvatting|-0.82
p:zit hier|bevelen|-0.82
p:zit hier|bekritiseren|1.64
p:zit hij|open-vraag|-1.0
p:zit hij|waarschuwen|1.92
p:zit hij|moraliseren|-0.99
p:zit hij|bekritiseren|-1.75
p:zit hij|interpreteren|-1.0
p:zit hij|vervolgafspraak|-0.99
p:zit in|jij-boodschap|-0.95
p:zit je|ondervragen|1.0
p:zit je|bedanken|-1.0
p:zit kan|open-vraag|1.0
p:zit kom|ik-boodschap|0.88
p:zit kom|waarschuwen|-0.88
p:zit maar|ik-boodschap|-0.94
p:zit me|ik-boodschap|0.92
p:zit me|bekritiseren|-0.56
p:zit me|vervolgafspraak|-0.92
p:zit merk|ik-boodschap|0.99
p:zit naast|bekritiseren|-0.88
p:zit sinds|argumenteren|-0.9
p:zit te|ik-boodschap|-0.94
p:zit te|bekritiseren|0.84
p:zit te|vervolgafspraak|-0.99
p:zit waardoor|open-vraag|0.98
p:zitten ?|adviseren|0.98
p:zitten anders|bevelen|0.88
p:zitten anders|waarschuwen|1.86
p:zitten anders|adviseren|-1.0
p:zitten daardoor|gevoelsreflectie|-0.96
p:zitten dan|bevelen|-0.95
p:zitten dan|waarschuwen|-0.92
p:zitten dat|bevelen|-1.0
p:zitten dat|waarschuwen|1.0
p:zitten dat|geruststellen|0.99
p:zitten je|bevelen|-1.8
p:zitten of|waarschuwen|0.92
p:zitten opgevat|parafrase|-1.0
p:zitten opgevat|samenvatting|-1.0
p:zitten opgevat|aanmoediging|-1.0
p:zitten opgevat|afronding-aankondigen|-1.0
p:zitten snap|geruststellen|0.9
p:zitten veel|waarschuwen|-0.97
p:zitten veel|etiketteren|-0.97
p:zitten we|samenvatting|1.0
p:zitten we|vervolgafspraak|1.0
p:zo aan|etiketteren|0.99
p:zo aan|afleiden|-0.99
p:zo babyachtig|etiketteren|0.87
p:zo behulpzaam|jij-boodschap|-0.94
p:zo blijft|waarschuwen|0.93
p:zo blijft|bekritiseren|0.88
p:zo blijft|afleiden|-0.96
p:zo blijft|vervolgafspraak|-0.99
p:zo bouwt|open-vraag|-1.0
p:zo bouwt|geruststellen|-1.0
p:zo dat|argumenteren|0.8
p:zo dat|interpreteren|-0.71
p:zo doorgaat|ik-boodschap|-0.99
p:zo doorgaat|jij-boodschap|1.42
p:zo doorgaat|bevelen|-1.0
p:zo doorgaat|waarschuwen|1.99
p:zo doorgaat|adviseren|-0.91
p:zo doorgaat|argumenteren|-0.7
p:zo doorgaat|bekritiseren|0.89
p:zo dramatisch|geruststellen|0.62
p:zo druk|open-vraag|-1.0
p:zo druk|geruststellen|0.97
p:zo druk|afleiden|1.0
p:zo eenvoudig|argumenteren|0.84
p:zo eerlijk|prijzen|-0.96
p:zo erg|geruststellen|0.51
p:zo fel|jij-boodschap|-0.92
p:zo ga|moraliseren|0.76
p:zo gaat|bevelen|-0.85
p:zo gaat|argumenteren|-0.92
p:zo goed|prijzen|1.86
p:zo haalt|bekritiseren|-0.88
p:zo haalt|geruststellen|-0.98
p:zo hard|adviseren|-0.99
p:zo hoort|moraliseren|1.82
p:zo hysterisch|bevelen|1.74
p:zo kinderachtig|jij-boodschap|-1.0
p:zo kinderachtig|moraliseren|-1.0
p:zo kinderachtig|etiketteren|1.0
p:zo lastig|gevoelsreflectie|0.97
p:zo meedenkend|waarschuwen|-0.97
p:zo meedenkt|gevoelsreflectie|-0.91
p:zo meegaand|gevoelsreflectie|-0.95
p:zo mist|ik-boodschap|0.8
p:zo moeilijk|open-vraag|0.95
p:zo negatief|bekritiseren|1.52
p:zo niet|bedanken|-0.94
p:zo omdat|interpreteren|0.62
p:zo omdat|geruststellen|0.99
p:zo ook|bevelen|-1.8
p:zo ook|geruststellen|-0.53
p:zo open|vervolgafspraak|-0.92
p:zo opstandig|interpreteren|0.96
p:zo overdreven|jij-boodschap|-2.31
p:zo overdreven|bevelen|-0.76
p:zo raakt|ik-boodschap|0.99
p:zo reageert|interpreteren|0.88
p:zo redelijk|vervolgafspraak|-0.88
p:zo schieten|ik-boodschap|0.95
p:zo schreeuwen|etiketteren|-0.85
p:zo simpel|geruststellen|-0.99
p:zo snel|gevoelsreflectie|-1.0
p:zo snel|interpreteren|-1.0
p:zo staat|ik-boodschap|-0.76
p:zo staat|argumenteren|-0.22
p:zo sterk|interpreteren|0.95
p:zo stil|geruststellen|-0.47
p:zo stil|ondervragen|-0.94
p:zo stoer|waarschuwen|-1.0
p:zo stoer|etiketteren|-1.0
p:zo stoer|interpreteren|1.0
p:zo stoer|ondervragen|-1.0
p:zo stoppen|moraliseren|-0.77
p:zo te|moraliseren|0.99
p:zo te|prijzen|0.99
p:zo toe|jij-boodschap|0.93
p:zo volwassen|parafrase|-0.99
p:zo volwassen|prijzen|0.99
p:zo want|interpreteren|-0.86
p:zo weer|argumenteren|-0.82
p:zo weer|geruststellen|1.0
p:zo weinig|ik-boodschap|0.94
p:zo werkt|bevelen|-0.99
p:zo werkt|argumenteren|0.99
p:zo zegt|bekritiseren|-0.95
p:zo zegt|prijzen|-0.95
p:zo zwaar|geruststellen|-0.94
p:zo zwaar|afleiden|0.94
p:zo'n betrokken|adviseren|0.98
p:zo'n betrokken|argumenteren|-0.97
p:zo'n betrokken|prijzen|0.95
p:zo'n fijne|prijzen|1.0
p:zo'n goede|adviseren|-1.0
p:zo'n goede|bekritiseren|-1.0
p:zo'n goede|prijzen|1.0
p:zo'n opmerking|jij-boodschap|-0.8
p:zo'n opmerking|waarschuwen|0.97
p:zo'n opmerking|bekritiseren|0.43
p:zo'n ouder|gevoelsreflectie|-0.97
p:zo'n ouder|prijzen|-0.84
p:zo'n ouder|etiketteren|0.97
p:zo'n reactie|etiketteren|0.79
p:zo'n slimme|ik-boodschap|-0.87
p:zo'n slimme|waarschuwen|-0.72
p:zo'n slimme|moraliseren|-0.99
p:zo'n slimme|prijzen|0.99
p:zo'n slimme|etiketteren|-0.99
p:zo'n toon|bekritiseren|0.72
p:zoals altijd|bevelen|-0.97
p:zoekt gewoon|jij-boodschap|-0.41
p:zoekt gewoon|interpreteren|0.99
p:zoiets sneller|geruststellen|0.95
p:zomaar drie|bekritiseren|0.95
p:zomer eigenlijk|open-vraag|-0.94
p:zomer eigenlijk|afleiden|0.94
p:zondag samen|adviseren|0.99
p:zondag samen|vervolgafspraak|-0.64
p:zonde want|ik-boodschap|0.8
p:zonde zullen|open-vraag|-0.99
p:zonde zullen|vervolgafspraak|0.99
p:zonder afspraak|bedanken|-0.94
p:zonder bericht|argumenteren|0.91
p:zonder boeken|bekritiseren|0.81
p:zonder diploma|waarschuwen|0.99
p:zonder diploma|moraliseren|-0.99
p:zoon doet|bekritiseren|-2.89
p:zoon heeft|bekritiseren|0.31
p:zoon heeft|etiketteren|-0.97
p:zoon is|jij-boodschap|0.88
p:zoon maakt|bekritiseren|0.86
p:zoon pest|parafrase|-1.0
p:zoon verpest|bekritiseren|0.84
p:zoon want|ik-boodschap|-0.99
p:zorgcommissie ervan|afronding-aankondigen|-0.98
p:zorgcoordinator erbij|afronding-aankondigen|0.22
p:zorgcoordinator of|ik-boodschap|-0.92
p:zorgcoördinator aan|vervolgafspraak|1.54
p:zorgcoördinator bij|samenvatting|-1.0
p:zorgcoördinator bij|vervolgafspraak|1.0
p:zorgcoördinator en|samenvatting|0.93
p:zorgcoördinator en|vervolgafspraak|0.81
p:zorgcoördinator niet|argumenteren|-0.86
p:zorgen ?|gevoelsreflectie|0.98
p:zorgen dat|interpreteren|-0.94
p:zorgen het|parafrase|-0.95
p:zorgen het|open-vraag|1.0
p:zorgen het|geruststellen|1.0
p:zorgen laat|geruststellen|0.94
p:zorgen maakt|gevoelsreflectie|1.0
p:zorgen maakt|open-vraag|1.0
p:zorgen maakt|interpreteren|-0.99
p:zorgen maakt|geruststellen|-0.8
p:zorgen omdat|ik-boodschap|0.94
p:zorgen over|gevoelsreflectie|-0.99
p:zorgen over|samenvatting|-0.99
p:zorgen over|geruststellen|-0.99
p:zorgen over|afleiden|-1.0
p:zorgen sinds|ik-boodschap|0.99
p:zorgen want|open-vraag|-1.0
p:zorgen want|geruststellen|-1.0
p:zorgen want|vervolgafspraak|-0.99
p:zorgne omdat|ik-boodschap|1.0
p:zorgne omdat|parafrase|-1.0
p:zorgne omdat|bekritiseren|-1.0
p:zorgt er|jij-boodschap|0.8
p:zorgt er|bekritiseren|0.67
p:zorgt u|bevelen|1.0
p:zorgt u|waarschuwen|-1.0
p:zou als|adviseren|-0.92
p:zou eens|adviseren|0.96
p:zou eens|prijzen|-0.94
p:zou goed|moraliseren|1.0
p:zou goed|afleiden|-1.0
p:zou helpen|moraliseren|-0.98
p:zou hem|geruststellen|-0.83
p:zou het|gevoelsreflectie|-0.91
p:zou hij|moraliseren|0.96
p:zou ik|ik-boodschap|-0.95
p:zou ik|waarschuwen|-0.87
p:zou ik|adviseren|1.81
p:zou ik|bekritiseren|0.25
p:zou in|adviseren|0.94
p:zou je|gevoelsreflectie|-0.92
p:zou jou|bekritiseren|-0.36
p:zou kunnen|adviseren|0.9
p:zou u|parafrase|-0.9
p:zou u|gevoelsreflectie|0.83
p:zou volgens|gevoelsreflectie|-0.97
p:zoveel grapjes|interpreteren|1.7
p:zoveel kinderen|geruststellen|0.96
p:zoveel verzuim|etiketteren|-0.97
p:zoë de|ik-boodschap|0.91
p:zoë haar|samenvatting|-0.99
p:zoë haar|open-vraag|-0.99
p:zoë haar|vervolgafspraak|0.99
p:zoë in|open-vraag|1.0
p:zulke ruzietjes|geruststellen|-0.91
p:zulke ruzietjes|afleiden|0.91
p:zullen we|samenvatting|-1.0
p:zullen we|open-vraag|-1.99
p:zullen we|adviseren|-0.94
p:zullen we|bekritiseren|-0.95
p:zullen we|interpreteren|-1.0
p:zullen we|afleiden|0.98
p:zullen we|vervolgafspraak|1.08
p:zult vast|argumenteren|-0.97
p:zult vast|prijzen|1.0
p:zwaar aan|geruststellen|-0.94
p:zwaar aan|afleiden|0.94
p:zwaar ze|samenvatting|0.6
p:zwaar ze|open-vraag|-0.98
p:zwart op|samenvatting|-1.0
p:zwart op|moraliseren|-1.0
p:zwart op|argumenteren|1.0
p:één keer|parafrase|-0.95
p:één keer|bevelen|-0.81
p:één keer|waarschuwen|0.88
p:één keer|moraliseren|-0.92
p:één keer|bekritiseren|-0.52
p:één onvoldoende|waarschuwen|0.99
regel:aanmoediging|parafrase|-1.84
regel:aanmoediging|gevoelsreflectie|-2.96
regel:aanmoediging|open-vraag|-1.0
regel:aanmoediging|aanmoediging|8.47
regel:aanmoediging|bevelen|-0.96
regel:aanmoediging|etiketteren|-0.9
regel:adviseren|ik-boodschap|0.95
regel:adviseren|parafrase|-0.72
regel:adviseren|gevoelsreflectie|0.96
regel:adviseren|samenvatting|-1.0
regel:adviseren|open-vraag|-0.93
regel:adviseren|bevelen|-2.76
regel:adviseren|waarschuwen|-1.86
regel:adviseren|moraliseren|-0.91
regel:adviseren|adviseren|15.43
regel:adviseren|argumenteren|-0.99
regel:adviseren|bekritiseren|-1.44
regel:adviseren|prijzen|-0.8
regel:adviseren|interpreteren|-0.85
regel:adviseren|geruststellen|0.1
regel:adviseren|ondervragen|-3.69
regel:adviseren|afleiden|-1.0
regel:afleiden|samenvatting|-0.93
regel:afleiden|open-vraag|-1.0
regel:afleiden|bevelen|-1.92
regel:afleiden|waarschuwen|-0.76
regel:afleiden|moraliseren|-1.83
regel:afleiden|adviseren|-0.99
regel:afleiden|argumenteren|-1.9
regel:afleiden|bekritiseren|-1.62
regel:afleiden|prijzen|-0.99
regel:afleiden|etiketteren|-1.0
regel:afleiden|interpreteren|-1.0
regel:afleiden|geruststellen|-2.92
regel:afleiden|ondervragen|-1.99
regel:afleiden|afleiden|14.32
regel:afleiden|afronding-aankondigen|-0.98
regel:afleiden|vervolgafspraak|-1.0
regel:afronding-aankondigen|ik-boodschap|-1.0
regel:afronding-aankondigen|samenvatting|-0.83
regel:afronding-aankondigen|bevelen|-0.96
regel:afronding-aankondigen|moraliseren|-0.77
regel:afronding-aankondigen|adviseren|-1.0
regel:afronding-aankondigen|argumenteren|-1.0
regel:afronding-aankondigen|bekritiseren|-1.92
regel:afronding-aankondigen|interpreteren|-0.77
regel:afronding-aankondigen|geruststellen|-1.0
regel:afronding-aankondigen|afleiden|-1.0
regel:afronding-aankondigen|afronding-aankondigen|10.42
regel:afronding-aankondigen|vervolgafspraak|-3.72
regel:afronding-aankondigen|bedanken|-2.12
regel:argumenteren|ik-boodschap|0.16
regel:argumenteren|jij-boodschap|-1.97
regel:argumenteren|samenvatting|-1.0
regel:argumenteren|bevelen|-0.96
regel:argumenteren|waarschuwen|-1.85
regel:argumenteren|moraliseren|0.87
regel:argumenteren|adviseren|-0.99
regel:argumenteren|argumenteren|13.85
regel:argumenteren|bekritiseren|-2.54
regel:argumenteren|prijzen|-1.9
regel:argumenteren|etiketteren|-0.97
regel:argumenteren|interpreteren|-1.86
regel:argumenteren|geruststellen|-1.85
regel:argumenteren|afleiden|-2.83
regel:bedanken|jij-boodschap|-0.96
regel:bedanken|parafrase|-1.0
regel:bedanken|gevoelsreflectie|-1.9
regel:bedanken|samenvatting|-0.89
regel:bedanken|open-vraag|-1.0
regel:bedanken|aanmoediging|-1.0
regel:bedanken|waarschuwen|-0.6
regel:bedanken|bekritiseren|0.8
regel:bedanken|prijzen|-1.68
regel:bedanken|interpreteren|-1.0
regel:bedanken|geruststellen|-0.9
regel:bedanken|afronding-aankondigen|-2.69
regel:bedanken|vervolgafspraak|-2.29
regel:bedanken|bedanken|9.57
regel:bekritiseren|ik-boodschap|-0.79
regel:bekritiseren|jij-boodschap|3.95
regel:bekritiseren|parafrase|-1.0
regel:bekritiseren|gevoelsreflectie|-2.73
regel:bekritiseren|open-vraag|0.95
regel:bekritiseren|bevelen|-0.17
regel:bekritiseren|waarschuwen|-0.97
regel:bekritiseren|moraliseren|-1.09
regel:bekritiseren|adviseren|-1.0
regel:bekritiseren|argumenteren|-1.79
regel:bekritiseren|bekritiseren|18.33
regel:bekritiseren|prijzen|-1.0
regel:bekritiseren|etiketteren|-3.94
regel:bekritiseren|interpreteren|-1.95
regel:bekritiseren|geruststellen|-2.97
regel:bekritiseren|afleiden|-2.86
regel:bekritiseren|vervolgafspraak|-1.0
regel:bevelen|jij-boodschap|0.59
regel:bevelen|gevoelsreflectie|-1.93
regel:bevelen|samenvatting|-0.82
regel:bevelen|bevelen|14.15
regel:bevelen|waarschuwen|-1.05
regel:bevelen|moraliseren|-0.93
regel:bevelen|adviseren|-1.96
regel:bevelen|argumenteren|-1.9
regel:bevelen|bekritiseren|-1.25
regel:bevelen|prijzen|-0.97
regel:bevelen|etiketteren|-0.85
regel:bevelen|interpreteren|-1.84
regel:bevelen|geruststellen|-1.71
regel:bevelen|afleiden|-1.0
regel:etiketteren|jij-boodschap|1.67
regel:etiketteren|bevelen|-0.95
regel:etiketteren|moraliseren|-1.99
regel:etiketteren|adviseren|-1.0
regel:etiketteren|bekritiseren|-5.65
regel:etiketteren|prijzen|-0.98
regel:etiketteren|etiketteren|11.48
regel:etiketteren|interpreteren|-1.19
regel:etiketteren|geruststellen|-1.0
regel:etiketteren|afleiden|-0.99
regel:geen|ik-boodschap|-3.18
regel:geen|jij-boodschap|-0.27
regel:geen|parafrase|-1.91
regel:geen|gevoelsreflectie|-1.0
regel:geen|samenvatting|-4.44
regel:geen|open-vraag|-3.96
regel:geen|aanmoediging|-0.25
regel:geen|bevelen|-0.18
regel:geen|waarschuwen|-1.95
regel:geen|moraliseren|-1.79
regel:geen|adviseren|-0.96
regel:geen|argumenteren|-3.77
regel:geen|bekritiseren|-0.96
regel:geen|prijzen|-1.82
regel:geen|interpreteren|-1.3
regel:geen|geruststellen|-0.18
regel:geen|ondervragen|-1.02
regel:geen|afleiden|-1.87
regel:geen|afronding-aankondigen|-2.79
regel:geen|vervolgafspraak|-0.51
regel:geen|bedanken|-1.99
regel:geruststellen|ik-boodschap|-0.93
regel:geruststellen|jij-boodschap|-0.11
regel:geruststellen|parafrase|-0.95
regel:geruststellen|bevelen|-0.78
regel:geruststellen|waarschuwen|-0.95
regel:geruststellen|moraliseren|-1.86
regel:geruststellen|adviseren|-0.97
regel:geruststellen|argumenteren|-1.82
regel:geruststellen|bekritiseren|-1.1
regel:geruststellen|prijzen|-1.62
regel:geruststellen|interpreteren|-1.31
regel:geruststellen|geruststellen|16.77
regel:geruststellen|ondervragen|-0.93
regel:geruststellen|afleiden|-2.7
regel:geruststellen|bedanken|-1.0
regel:gevoelsreflectie|jij-boodschap|-1.0
regel:gevoelsreflectie|parafrase|-2.96
regel:gevoelsreflectie|gevoelsreflectie|16.3
regel:gevoelsreflectie|samenvatting|-3.06
regel:gevoelsreflectie|open-vraag|-2.99
regel:gevoelsreflectie|aanmoediging|-1.93
regel:gevoelsreflectie|waarschuwen|-1.0
regel:gevoelsreflectie|moraliseren|-1.0
regel:gevoelsreflectie|adviseren|0.14
regel:gevoelsreflectie|argumenteren|-1.9
regel:gevoelsreflectie|bekritiseren|-0.21
regel:gevoelsreflectie|prijzen|-1.99
regel:gevoelsreflectie|etiketteren|-1.0
regel:gevoelsreflectie|interpreteren|-1.06
regel:gevoelsreflectie|geruststellen|-0.54
regel:gevoelsreflectie|afronding-aankondigen|-1.0
regel:gevoelsreflectie|bedanken|-1.99
regel:ik-boodschap|ik-boodschap|5.97
regel:ik-boodschap|parafrase|-1.9
regel:ik-boodschap|gevoelsreflectie|-0.99
regel:ik-boodschap|samenvatting|-1.99
regel:ik-boodschap|bevelen|-0.98
regel:ik-boodschap|waarschuwen|-1.93
regel:ik-boodschap|adviseren|-1.89
regel:ik-boodschap|argumenteren|-0.99
regel:ik-boodschap|bekritiseren|-1.98
regel:ik-boodschap|prijzen|-0.99
regel:ik-boodschap|interpreteren|-1.65
regel:ik-boodschap|geruststellen|-1.0
regel:ik-boodschap|ondervragen|-1.0
regel:ik-boodschap|afronding-aankondigen|-1.0
regel:ik-boodschap|vervolgafspraak|-1.71
regel:ik-boodschap|bedanken|-0.94
regel:interpreteren|ik-boodschap|-1.0
regel:interpreteren|jij-boodschap|-0.83
regel:interpreteren|parafrase|0.95
regel:interpreteren|aanmoediging|-1.0
regel:interpreteren|bevelen|-1.91
regel:interpreteren|waarschuwen|-1.0
regel:interpreteren|moraliseren|-1.74
regel:interpreteren|argumenteren|-0.51
regel:interpreteren|bekritiseren|-1.33
regel:interpreteren|prijzen|-0.95
regel:interpreteren|etiketteren|-2.0
regel:interpreteren|interpreteren|14.93
regel:interpreteren|geruststellen|-1.53
regel:interpreteren|ondervragen|-1.0
regel:interpreteren|afleiden|-1.02
regel:interpreteren|afronding-aankondigen|-1.0
regel:interpreteren|bedanken|-0.87
regel:jij-boodschap|ik-boodschap|0.11
regel:jij-boodschap|jij-boodschap|9.35
regel:jij-boodschap|parafrase|-1.0
regel:jij-boodschap|gevoelsreflectie|-2.73
regel:jij-boodschap|open-vraag|0.95
regel:jij-boodschap|bevelen|-1.09
regel:jij-boodschap|waarschuwen|-0.97
regel:jij-boodschap|moraliseren|-0.1
regel:jij-boodschap|adviseren|-1.0
regel:jij-boodschap|argumenteren|-0.99
regel:jij-boodschap|bekritiseren|2.97
regel:jij-boodschap|prijzen|-1.98
regel:jij-boodschap|etiketteren|1.94
regel:jij-boodschap|interpreteren|-2.15
regel:jij-boodschap|geruststellen|-1.97
regel:jij-boodschap|afleiden|-1.91
regel:jij-boodschap|vervolgafspraak|-1.0
regel:moraliseren|ik-boodschap|-0.93
regel:moraliseren|jij-boodschap|-1.74
regel:moraliseren|parafrase|-1.0
regel:moraliseren|open-vraag|-1.0
regel:moraliseren|bevelen|-2.69
regel:moraliseren|waarschuwen|-0.99
regel:moraliseren|moraliseren|11.48
regel:moraliseren|adviseren|-2.74
regel:moraliseren|argumenteren|-2.83
regel:moraliseren|bekritiseren|-0.15
regel:moraliseren|prijzen|-0.92
regel:moraliseren|etiketteren|-0.87
regel:moraliseren|interpreteren|-1.7
regel:moraliseren|geruststellen|-1.94
regel:ondervragen|ik-boodschap|-0.98
regel:ondervragen|jij-boodschap|-0.96
regel:ondervragen|gevoelsreflectie|0.9
regel:ondervragen|samenvatting|-0.94
regel:ondervragen|open-vraag|-1.95
regel:ondervragen|aanmoediging|-0.86
regel:ondervragen|moraliseren|-0.98
regel:ondervragen|adviseren|-1.91
regel:ondervragen|bekritiseren|-1.34
regel:ondervragen|prijzen|-0.94
regel:ondervragen|ondervragen|7.74
regel:ondervragen|afleiden|-0.93
regel:ondervragen|vervolgafspraak|-0.99
regel:ondervragen|bedanken|-1.0
regel:open-vraag|ik-boodschap|0.13
regel:open-vraag|jij-boodschap|-2.55
regel:open-vraag|parafrase|-1.99
regel:open-vraag|gevoelsreflectie|-3.71
regel:open-vraag|samenvatting|-1.07
regel:open-vraag|open-vraag|13.74
regel:open-vraag|aanmoediging|-1.74
regel:open-vraag|waarschuwen|-0.99
regel:open-vraag|moraliseren|-1.0
regel:open-vraag|adviseren|-1.96
regel:open-vraag|bekritiseren|-3.23
regel:open-vraag|geruststellen|-0.99
regel:open-vraag|ondervragen|-1.95
regel:open-vraag|afleiden|-1.09
regel:open-vraag|afronding-aankondigen|-1.0
regel:open-vraag|vervolgafspraak|-1.98
regel:parafrase|ik-boodschap|-2.82
regel:parafrase|jij-boodschap|-0.93
regel:parafrase|parafrase|15.24
regel:parafrase|gevoelsreflectie|-1.17
regel:parafrase|samenvatting|-5.36
regel:parafrase|open-vraag|-1.9
regel:parafrase|aanmoediging|-1.86
regel:parafrase|moraliseren|-1.0
regel:parafrase|argumenteren|-0.96
regel:parafrase|bekritiseren|-1.5
regel:parafrase|prijzen|-0.91
regel:parafrase|interpreteren|-1.9
regel:parafrase|geruststellen|-1.85
regel:parafrase|ondervragen|-0.92
regel:parafrase|afleiden|-0.93
regel:prijzen|ik-boodschap|-0.87
regel:prijzen|jij-boodschap|-1.73
regel:prijzen|gevoelsreflectie|-0.95
regel:prijzen|samenvatting|-0.91
regel:prijzen|waarschuwen|-1.68
regel:prijzen|moraliseren|-0.96
regel:prijzen|adviseren|-1.96
regel:prijzen|argumenteren|-0.97
regel:prijzen|bekritiseren|-1.92
regel:prijzen|prijzen|11.96
regel:prijzen|etiketteren|-1.96
regel:prijzen|interpreteren|-0.93
regel:prijzen|geruststellen|-0.79
regel:prijzen|vervolgafspraak|-0.88
regel:samenvatting|ik-boodschap|-0.99
regel:samenvatting|jij-boodschap|1.19
regel:samenvatting|parafrase|-3.77
regel:samenvatting|gevoelsreflectie|-1.8
regel:samenvatting|samenvatting|13.13
regel:samenvatting|open-vraag|-1.93
regel:samenvatting|aanmoediging|-0.99
regel:samenvatting|bevelen|-1.77
regel:samenvatting|adviseren|-1.0
regel:samenvatting|argumenteren|-0.95
regel:samenvatting|bekritiseren|2.29
regel:samenvatting|ondervragen|-1.99
regel:samenvatting|afleiden|-0.91
regel:samenvatting|afronding-aankondigen|-0.95
regel:samenvatting|vervolgafspraak|-0.62
regel:samenvatting|bedanken|0.83
regel:vervolgafspraak|ik-boodschap|-2.88
regel:vervolgafspraak|parafrase|-0.91
regel:vervolgafspraak|samenvatting|0.82
regel:vervolgafspraak|open-vraag|-1.99
regel:vervolgafspraak|bevelen|0.86
regel:vervolgafspraak|waarschuwen|-1.0
regel:vervolgafspraak|adviseren|-0.95
regel:vervolgafspraak|etiketteren|-0.95
regel:vervolgafspraak|afleiden|-1.95
regel:vervolgafspraak|afronding-aankondigen|-2.75
regel:vervolgafspraak|vervolgafspraak|11.46
regel:vervolgafspraak|bedanken|-1.88
regel:waarschuwen|ik-boodschap|-3.02
regel:waarschuwen|jij-boodschap|0.44
regel:waarschuwen|parafrase|-0.95
regel:waarschuwen|samenvatting|-0.87
regel:waarschuwen|bevelen|-0.99
regel:waarschuwen|waarschuwen|11.99
regel:waarschuwen|moraliseren|-1.89
regel:waarschuwen|adviseren|-0.98
regel:waarschuwen|argumenteren|-0.7
regel:waarschuwen|prijzen|-0.97
regel:waarschuwen|interpreteren|-0.96
regel:waarschuwen|geruststellen|-1.98
regel:waarschuwen|afleiden|-0.96
regel:waarschuwen|vervolgafspraak|-0.8
vraag|jij-boodschap|0.44
vraag|parafrase|-1.0
vraag|gevoelsreflectie|-0.88
vraag|samenvatting|-1.73
vraag|open-vraag|4.89
vraag|aanmoediging|-1.08
vraag|waarschuwen|-1.75
vraag|moraliseren|-1.97
vraag|adviseren|-0.92
vraag|argumenteren|-1.89
vraag|bekritiseren|0.63
vraag|prijzen|-0.97
vraag|etiketteren|-1.0
vraag|interpreteren|-2.0
vraag|geruststellen|-2.0
vraag|ondervragen|-1.97
vraag|afleiden|1.81
vraag|afronding-aankondigen|-1.0
vraag|bedanken|-1.0
w:!|etiketteren|-0.85
w:'ouwe'|ik-boodschap|0.94
w:'s|jij-boodschap|0.86
w:'s|parafrase|1.0
w:'s|gevoelsreflectie|-1.88
w:'s|open-vraag|1.0
w:'s|waarschuwen|-0.87
w:'s|adviseren|2.82
w:'s|bekritiseren|0.98
w:'s|ondervragen|1.0
w:'s|vervolgafspraak|-1.99
w:'s|bedanken|-1.0
w:1|samenvatting|-0.87
w:1|waarschuwen|1.0
w:1|moraliseren|-0.95
w:1|prijzen|-0.92
w:1|geruststellen|-1.98
w:12|argumenteren|0.96
w:14|samenvatting|0.93
w:14|vervolgafspraak|1.73
w:2|jij-boodschap|-0.98
w:2|argumenteren|0.98
w:2|bekritiseren|-0.98
w:2b|ik-boodschap|-0.98
w:2b|jij-boodschap|-0.95
w:3|parafrase|-0.96
w:4|jij-boodschap|-0.98
w:4|gevoelsreflectie|0.97
w:4|argumenteren|2.73
w:4|bekritiseren|-0.98
w:4|vervolgafspraak|-0.99
w:5|jij-boodschap|-0.98
w:5|bekritiseren|-0.98
w:5|interpreteren|-1.0
w:5|geruststellen|-0.99
w:5|afronding-aankondigen|-1.0
w:6|samenvatting|-0.98
w:6|argumenteren|0.96
w:6|interpreteren|-1.0
w:6|afronding-aankondigen|-1.0
w:7|prijzen|0.99
w:8|parafrase|-0.96
w:8|samenvatting|-0.98
w:9|jij-boodschap|-0.98
w:9|argumenteren|0.98
w:9|bekritiseren|-0.98
w:?|ik-boodschap|-1.87
w:?|jij-boodschap|-1.48
w:?|parafrase|-1.0
w:?|gevoelsreflectie|-0.88
w:?|samenvatting|-3.6
w:?|aanmoediging|-2.79
w:?|waarschuwen|-1.75
w:?|moraliseren|-2.94
w:?|adviseren|-0.93
w:?|argumenteren|-1.89
w:?|bekritiseren|-1.22
w:?|prijzen|-1.87
w:?|etiketteren|-1.0
w:?|interpreteren|-2.0
w:?|geruststellen|-1.0
w:?|ondervragen|4.05
w:?|afronding-aankondigen|-1.0
w:?|vervolgafspraak|-2.01
w:?|bedanken|-2.99
w:aan|ik-boodschap|1.16
w:aan|jij-boodschap|-1.16
w:aan|parafrase|1.0
w:aan|gevoelsreflectie|-1.0
w:aan|open-vraag|0.98
w:aan|bevelen|1.86
w:aan|waarschuwen|-1.88
w:aan|adviseren|0.98
w:aan|argumenteren|1.63
w:aan|bekritiseren|2.11
w:aan|prijzen|-0.92
w:aan|etiketteren|0.99
w:aan|interpreteren|-0.91
w:aan|geruststellen|-2.18
w:aan|afronding-aankondigen|-1.0
w:aan|vervolgafspraak|0.55
w:aanbieden|bevelen|0.93
w:aandacht|moraliseren|-0.77
w:aandacht|bekritiseren|-0.25
w:aandacht|afleiden|-1.0
w:aangekomen|bekritiseren|-0.53
w:aangekondigd|parafrase|0.91
w:aangepakt|jij-boodschap|-0.61
w:aanpakken|parafrase|-0.81
w:aanpakken|samenvatting|0.99
w:aanpakken|open-vraag|0.99
w:aansluiting|open-vraag|0.98
w:aansluiting|waarschuwen|-0.91
w:aansluiting|bekritiseren|-0.99
w:aanspreekpunt|afronding-aankondigen|-0.8
w:aanspreekpunt|bedanken|-0.8
w:aanspreken|open-vraag|-0.98
w:aanspreken|bevelen|-0.98
w:aardrijkskunde|ik-boodschap|0.95
w:aardrijkskunde|jij-boodschap|-0.95
w:aardrijkskunde|bekritiseren|-0.86
w:absenties|samenvatting|-0.82
w:absenties|afronding-aankondigen|-0.82
w:ach|gevoelsreflectie|-0.97
w:ach|argumenteren|-0.79
w:ach|prijzen|-0.84
w:ach|geruststellen|-2.43
w:ach|afleiden|2.87
w:acht|ik-boodschap|0.99
w:acht|bevelen|1.97
w:acht|waarschuwen|0.88
w:achter|ik-boodschap|0.99
w:achter|vervolgafspraak|-1.82
w:achterloopt|adviseren|-0.9
w:achterloopt|etiketteren|-0.97
w:achterstand|open-vraag|-1.0
w:achterstand|geruststellen|-1.0
w:actie|bekritiseren|-2.24
w:administratie|ik-boodschap|0.91
w:administratie|waarschuwen|-0.91
w:advies|adviseren|-0.97
w:advocaat|bekritiseren|-0.71
w:advocaat|etiketteren|0.96
w:af|ik-boodschap|-1.97
w:af|gevoelsreflectie|-1.0
w:af|samenvatting|-0.85
w:af|bevelen|1.0
w:af|moraliseren|-1.0
w:af|adviseren|-1.0
w:af|argumenteren|-1.0
w:af|etiketteren|-1.0
w:af|interpreteren|0.1
w:af|geruststellen|-0.86
w:af|ondervragen|-1.0
w:af|afronding-aankondigen|2.83
w:af|vervolgafspraak|1.52
w:af|bedanken|0.95
w:afdeling|open-vraag|0.93
w:afdelingsleider|ondervragen|-0.92
w:afgelopen|ik-boodschap|1.87
w:afgelopen|jij-boodschap|-0.95
w:afgelopen|open-vraag|-1.0
w:afgelopen|bekritiseren|-1.42
w:afgelopen|geruststellen|-1.0
w:afgemeld|ik-boodschap|-0.98
w:afgemeld|moraliseren|-0.98
w:afheeft|ik-boodschap|0.97
w:afmaken|bekritiseren|0.59
w:afronden|ik-boodschap|0.86
w:afronden|bevelen|-0.96
w:afronden|argumenteren|-1.0
w:afronden|geruststellen|-1.0
w:afronden|afronding-aankondigen|1.9
w:afronden|vervolgafspraak|-0.95
w:afronden|bedanken|0.7
w:afschuift|bekritiseren|0.98
w:afsluiten|afronding-aankondigen|1.82
w:afsluiten|vervolgafspraak|-1.58
w:afsluiten|bedanken|-0.9
w:afspraak|samenvatting|0.93
w:afspraak|argumenteren|-0.86
w:afspraak|bekritiseren|-0.47
w:afspraak|afronding-aankondigen|0.91
w:afspraak|vervolgafspraak|0.81
w:afspraak|bedanken|-0.94
w:afspraken|ik-boodschap|-0.99
w:afspraken|jij-boodschap|0.57
w:afspraken|gevoelsreflectie|-1.0
w:afspraken|samenvatting|-0.93
w:afspraken|open-vraag|0.95
w:afspraken|bekritiseren|1.45
w:afspraken|geruststellen|-0.99
w:afspraken|bedanken|-0.87
w:afspreekt|adviseren|0.92
w:afspreken|ik-boodschap|0.91
w:afspreken|jij-boodschap|0.94
w:afspreken|samenvatting|1.0
w:afspreken|adviseren|0.95
w:afspreken|bekritiseren|0.94
w:afspreken|prijzen|-0.97
w:afspreken|afleiden|-0.96
w:afspreken|afronding-aankondigen|-1.0
w:afweten|bekritiseren|0.71
w:afwezig|ik-boodschap|0.91
w:afwezig|waarschuwen|-0.91
w:afwijken|prijzen|0.93
w:afzet|bevelen|0.98
w:agenda|jij-boodschap|-0.99
w:agenda|adviseren|0.99
w:agenda|etiketteren|-0.87
w:ah|parafrase|-0.99
w:aha|aanmoediging|0.96
w:akkoord|jij-boodschap|-0.79
w:akkoord|prijzen|0.95
w:akkoord|etiketteren|-0.97
w:akkoord|geruststellen|-0.79
w:akkoord|vervolgafspraak|-0.88
w:al|ik-boodschap|-0.79
w:al|samenvatting|-1.0
w:al|open-vraag|-1.0
w:al|waarschuwen|-0.91
w:al|argumenteren|3.68
w:al|bekritiseren|0.89
w:al|prijzen|-1.93
w:al|etiketteren|-1.0
w:al|ondervragen|-0.92
w:alle|jij-boodschap|0.58
w:alle|aanmoediging|0.95
w:alle|argumenteren|0.99
w:alle|bekritiseren|0.38
w:alle|geruststellen|-0.87
w:allebei|ik-boodschap|0.95
w:allebei|samenvatting|0.98
w:allebei|vervolgafspraak|0.92
w:alleen|ik-boodschap|-0.21
w:alleen|jij-boodschap|-0.58
w:alleen|aanmoediging|-1.0
w:alleen|bevelen|-0.91
w:alleen|bekritiseren|-1.09
w:alleen|geruststellen|-0.86
w:alleen|afronding-aankondigen|-1.0
w:allemaal|ik-boodschap|0.8
w:allemaal|bekritiseren|-0.92
w:allemaal|prijzen|0.97
w:allemaal|afleiden|0.91
w:alles|parafrase|-0.96
w:alles|gevoelsreflectie|-0.96
w:alles|samenvatting|0.98
w:alles|bevelen|-0.96
w:alles|etiketteren|0.99
w:alles|vervolgafspraak|-0.91
w:als|ik-boodschap|-0.14
w:als|jij-boodschap|-2.27
w:als|parafrase|0.17
w:als|gevoelsreflectie|-0.23
w:als|samenvatting|0.1
w:als|open-vraag|1.1
w:als|aanmoediging|-0.87
w:als|bevelen|-1.07
w:als|waarschuwen|0.13
w:als|moraliseren|1.92
w:als|adviseren|0.81
w:als|argumenteren|-0.87
w:als|bekritiseren|0.21
w:als|prijzen|1.03
w:als|etiketteren|-1.0
w:als|interpreteren|-1.9
w:als|geruststellen|-0.38
w:als|ondervragen|-1.0
w:als|afleiden|-2.96
w:als|vervolgafspraak|-0.78
w:alsof|ik-boodschap|-0.98
w:alsof|jij-boodschap|0.89
w:alsof|parafrase|-0.97
w:alsof|gevoelsreflectie|1.93
w:alsof|bekritiseren|0.89
w:alsof|geruststellen|-0.97
w:alstublieft|bevelen|0.99
w:alstublieft|waarschuwen|-0.99
w:alstublieft|etiketteren|-0.85
w:alstublieft|geruststellen|-0.99
w:altijd|ik-boodschap|-0.98
w:altijd|jij-boodschap|-1.69
w:altijd|parafrase|-0.99
w:altijd|gevoelsreflectie|-1.94
w:altijd|bevelen|-0.97
w:altijd|waarschuwen|-0.97
w:altijd|moraliseren|-1.0
w:altijd|bekritiseren|-0.52
w:altijd|prijzen|1.9
w:altijd|etiketteren|-1.0
w:altijd|ondervragen|-0.98
w:altijd|afleiden|-1.91
w:altijd|vervolgafspraak|-0.88
w:amira|gevoelsreflectie|-0.95
w:amira|bekritiseren|0.8
w:ander|afleiden|1.0
w:andere|ik-boodschap|-0.92
w:andere|parafrase|1.72
w:andere|gevoelsreflectie|-0.93
w:andere|samenvatting|-1.64
w:andere|open-vraag|-1.91
w:andere|moraliseren|-1.0
w:andere|geruststellen|-0.93
w:anderen|ik-boodschap|1.92
w:anderen|gevoelsreflectie|-0.96
w:anderen|waarschuwen|-0.99
w:anders|parafrase|1.0
w:anders|waarschuwen|2.35
w:anders|moraliseren|-1.0
w:anders|adviseren|-1.0
w:anders|ondervragen|-1.0
w:anders|afleiden|1.0
w:anders|vervolgafspraak|-1.0
w:andersom|jij-boodschap|1.49
w:andersom|etiketteren|-0.96
w:angst|gevoelsreflectie|0.93
w:angst|interpreteren|0.93
w:anouk|ik-boodschap|0.99
w:anouk|samenvatting|-0.99
w:antwoord|argumenteren|-0.86
w:antwoorden|vervolgafspraak|-0.97
w:apart|gevoelsreflectie|-0.96
w:app|argumenteren|-0.96
w:app|vervolgafspraak|0.86
w:appjes|gevoelsreflectie|-0.94
w:avond|adviseren|1.0
w:avond|argumenteren|-0.2
w:avonds|jij-boodschap|0.86
w:avonds|gevoelsreflectie|-0.88
w:avonds|adviseren|1.82
w:avonds|bekritiseren|0.14
w:avonds|vervolgafspraak|-0.99
w:ayoub|ik-boodschap|0.99
w:ayoub|samenvatting|0.73
w:ayoub|interpreteren|-0.99
w:ayoub|vervolgafspraak|-0.72
w:baalt|gevoelsreflectie|1.92
w:baart|bekritiseren|-0.99
w:babyachtig|etiketteren|0.87
w:balen|gevoelsreflectie|-0.92
w:balen|bekritiseren|-0.8
w:bang|samenvatting|0.82
w:bang|waarschuwen|-1.0
w:bang|etiketteren|-1.0
w:bang|interpreteren|1.0
w:bang|geruststellen|0.9
w:bang|ondervragen|-1.0
w:bankje|prijzen|-0.99
w:bas|ik-boodschap|0.99
w:bed|jij-boodschap|-0.16
w:bed|moraliseren|0.95
w:bed|argumenteren|-0.96
w:bed|bekritiseren|0.58
w:bed|vervolgafspraak|-0.99
w:bedankt|jij-boodschap|-0.93
w:bedankt|samenvatting|0.14
w:bedankt|waarschuwen|-0.6
w:bedankt|bekritiseren|1.71
w:bedankt|prijzen|-0.96
w:bedankt|vervolgafspraak|-1.93
w:bedankt|bedanken|1.9
w:bedoeling|argumenteren|-0.89
w:bedoelt|parafrase|0.93
w:bedtijd|samenvatting|1.0
w:bedtijd|adviseren|-1.0
w:bedtijd|afronding-aankondigen|-1.0
w:beeindig|bedanken|-0.94
w:beetje|gevoelsreflectie|1.75
w:beetje|open-vraag|0.94
w:beetje|prijzen|-0.99
w:beetje|interpreteren|0.32
w:beetje|geruststellen|0.86
w:begeleiden|ik-boodschap|-0.95
w:begeleiden|waarschuwen|1.86
w:begeleiden|adviseren|-1.0
w:beginnen|bevelen|-0.95
w:beginnen|waarschuwen|-0.92
w:beginnen|afleiden|-1.0
w:beginnen|vervolgafspraak|-1.99
w:begint|jij-boodschap|1.44
w:begint|parafrase|0.95
w:begint|bekritiseren|-2.08
w:begint|vervolgafspraak|-0.9
w:begon|samenvatting|0.78
w:begon|open-vraag|-1.98
w:begon|aanmoediging|-0.87
w:begon|bekritiseren|-0.84
w:begrepen|parafrase|0.99
w:begrijp|ik-boodschap|-2.75
w:begrijp|parafrase|1.94
w:begrijp|gevoelsreflectie|-0.99
w:begrijp|open-vraag|0.95
w:begrijp|aanmoediging|0.1
w:begrijp|bekritiseren|0.77
w:begrijp|geruststellen|0.6
w:begrijp|ondervragen|-0.92
w:begrijp|bedanken|-0.99
w:begrijpt|bekritiseren|0.99
w:behandeld|gevoelsreflectie|0.98
w:behoorlijk|bekritiseren|-0.8
w:behoorlijk|afleiden|-0.95
w:behulpzaam|jij-boodschap|-0.94
w:behulpzaam|bekritiseren|1.49
w:behulpzaam|bedanken|-1.76
w:behulpzame|jij-boodschap|-0.68
w:behulpzame|etiketteren|-0.95
w:bekeken|aanmoediging|-0.93
w:bel|samenvatting|-0.9
w:bel|open-vraag|-0.99
w:bel|bevelen|-0.83
w:bel|waarschuwen|0.91
w:bel|adviseren|0.99
w:bel|bekritiseren|1.55
w:bel|afronding-aankondigen|0.16
w:bel|vervolgafspraak|2.68
w:bel|bedanken|0.97
w:belangrijkste|gevoelsreflectie|-0.99
w:bellen|jij-boodschap|-0.98
w:bellen|open-vraag|-0.99
w:bellen|waarschuwen|-0.99
w:bellen|moraliseren|-1.0
w:bellen|bekritiseren|-4.22
w:bellen|vervolgafspraak|0.99
w:bellen|bedanken|-0.87
w:belonen|interpreteren|-0.9
w:beloningssysteem|ondervragen|-0.96
w:belt|bevelen|1.69
w:belt|bekritiseren|0.93
w:belt|etiketteren|-1.0
w:belt|afleiden|-1.0
w:belt|vervolgafspraak|-0.96
w:belt|bedanken|0.9
w:bemoeit|gevoelsreflectie|-0.8
w:bemoeit|bekritiseren|1.71
w:ben|ik-boodschap|1.65
w:ben|jij-boodschap|-1.48
w:ben|parafrase|0.96
w:ben|gevoelsreflectie|-0.94
w:ben|samenvatting|-0.73
w:ben|open-vraag|-0.99
w:ben|waarschuwen|-1.96
w:ben|bekritiseren|-1.46
w:ben|etiketteren|1.0
w:ben|geruststellen|0.94
w:beneden|moraliseren|-0.93
w:beneden|adviseren|0.83
w:bent|ik-boodschap|-0.87
w:bent|jij-boodschap|-0.38
w:bent|gevoelsreflectie|3.75
w:bent|samenvatting|-3.0
w:bent|open-vraag|-1.09
w:bent|aanmoediging|-0.94
w:bent|bevelen|-0.99
w:bent|waarschuwen|-1.96
w:bent|moraliseren|-0.96
w:bent|adviseren|-2.81
w:bent|argumenteren|-0.88
w:bent|bekritiseren|-4.85
w:bent|prijzen|1.09
w:bent|etiketteren|2.61
w:bent|interpreteren|0.95
w:bent|geruststellen|1.19
w:bent|ondervragen|0.89
w:bent|afleiden|0.99
w:bent|afronding-aankondigen|-1.01
w:bent|vervolgafspraak|-0.88
w:bent|bedanken|0.59
w:bereikbaar|bekritiseren|-1.31
w:bereiken|open-vraag|1.0
w:bericht|jij-boodschap|0.94
w:bericht|argumenteren|0.91
w:bericht|bekritiseren|0.94
w:berichten|jij-boodschap|0.24
w:berichten|waarschuwen|-0.92
w:berichten|bekritiseren|1.7
w:berichten|etiketteren|-0.96
w:bescherming|interpreteren|-0.95
w:beschermt|interpreteren|0.95
w:besluit|afronding-aankondigen|0.99
w:besluit|vervolgafspraak|0.59
w:besluit|bedanken|0.99
w:bespreken|ik-boodschap|0.96
w:bespreken|gevoelsreflectie|-0.74
w:bespreken|samenvatting|0.93
w:bespreken|open-vraag|0.98
w:bespreken|aanmoediging|-0.96
w:bespreken|afleiden|0.86
w:bespreken|vervolgafspraak|-1.14
w:bespreken|bedanken|-0.85
w:best|jij-boodschap|-0.54
w:best|moraliseren|0.2
w:best|bekritiseren|-1.45
w:best|prijzen|0.97
w:beste|open-vraag|-0.96
w:beste|waarschuwen|-0.99
w:beste|adviseren|0.96
w:beste|prijzen|0.99
w:beste|geruststellen|0.94
w:beter|jij-boodschap|-1.0
w:beter|samenvatting|0.95
w:beter|aanmoediging|-0.73
w:beter|bekritiseren|-0.16
w:beter|etiketteren|0.92
w:betrokken|gevoelsreflectie|-0.9
w:betrokken|adviseren|0.98
w:betrokken|argumenteren|-0.97
w:betrokken|prijzen|1.14
w:bevallen|open-vraag|0.93
w:bevalt|open-vraag|-0.9
w:bevalt|afleiden|0.9
w:bevorderen|argumenteren|0.85
w:bezig|bekritiseren|1.67
w:bezig|etiketteren|-0.92
w:bezig|interpreteren|1.0
w:bezorgd|ik-boodschap|0.96
w:bezorgd|jij-boodschap|-1.52
w:bezorgd|bekritiseren|-1.27
w:bezorgd|vervolgafspraak|0.95
w:beëindigen|vervolgafspraak|0.92
w:bieden|bevelen|-0.93
w:biedt|samenvatting|-0.84
w:biedt|bevelen|0.91
w:bij|ik-boodschap|0.84
w:bij|jij-boodschap|-0.82
w:bij|parafrase|1.87
w:bij|gevoelsreflectie|-0.93
w:bij|samenvatting|-1.0
w:bij|open-vraag|-0.11
w:bij|bevelen|0.12
w:bij|waarschuwen|-1.95
w:bij|moraliseren|-2.8
w:bij|adviseren|1.04
w:bij|etiketteren|-0.96
w:bij|interpreteren|-1.91
w:bij|ondervragen|-1.99
w:bij|afronding-aankondigen|0.98
w:bij|vervolgafspraak|2.83
w:bij|bedanken|1.9
w:bijhoudt|ik-boodschap|-0.98
w:bijhoudt|samenvatting|0.82
w:bijles|parafrase|0.99
w:bijles|bevelen|0.84
w:bijles|bekritiseren|-0.93
w:bijles|prijzen|0.91
w:bijles|geruststellen|-0.82
w:bijles|ondervragen|0.86
w:bijles|afronding-aankondigen|0.97
w:bijles|vervolgafspraak|1.1
w:bijlesuren|waarschuwen|-0.93
w:bijna|ik-boodschap|0.88
w:bijna|waarschuwen|-0.88
w:bijna|bedanken|-0.91
w:bijwerkt|ik-boodschap|0.96
w:bijwerkt|vervolgafspraak|-0.96
w:binnen|geruststellen|-0.53
w:binnengekregen|bekritiseren|-0.89
w:binnenkomt|open-vraag|0.99
w:binnenliep|bedanken|-0.94
w:biologie|parafrase|0.93
w:biologie|argumenteren|-0.98
w:biologie|bekritiseren|-0.89
w:blauw|ik-boodschap|0.94
w:bleven|parafrase|0.98
w:bleven|gevoelsreflectie|0.74
w:blij|ik-boodschap|0.91
w:blijft|ik-boodschap|-0.99
w:blijft|samenvatting|0.95
w:blijft|bevelen|-1.0
w:blijft|waarschuwen|2.0
w:blijft|bekritiseren|-0.1
w:blijft|geruststellen|0.9
w:blijft|afleiden|-0.96
w:blijft|vervolgafspraak|-1.9
w:blijkt|gevoelsreflectie|-0.89
w:blijkt|argumenteren|0.93
w:blijkt|afleiden|-0.94
w:blijven|ik-boodschap|1.95
w:blijven|parafrase|-1.0
w:blijven|samenvatting|-1.0
w:blijven|aanmoediging|-1.0
w:blijven|waarschuwen|-1.0
w:blijven|interpreteren|-1.0
w:blijven|geruststellen|0.99
w:blijven|afronding-aankondigen|-1.0
w:blijven|vervolgafspraak|-0.92
w:bo|geruststellen|-0.97
w:boek|parafrase|0.95
w:boeken|parafrase|-0.9
w:boeken|moraliseren|-0.95
w:boeken|bekritiseren|0.81
w:boer|gevoelsreflectie|0.98
w:boos|ik-boodschap|-1.0
w:boos|jij-boodschap|-1.0
w:boos|gevoelsreflectie|1.81
w:boos|samenvatting|-1.94
w:boos|open-vraag|-1.0
w:boos|aanmoediging|-1.0
w:boos|bevelen|-0.99
w:boos|waarschuwen|-1.0
w:boos|moraliseren|-1.0
w:boos|argumenteren|-1.79
w:boos|bekritiseren|-1.0
w:boos|prijzen|-1.0
w:boos|etiketteren|-1.0
w:boos|interpreteren|-1.0
w:boos|geruststellen|-2.67
w:boos|ondervragen|-1.0
w:boos|afronding-aankondigen|-1.0
w:boos|vervolgafspraak|-1.0
w:boos|bedanken|-1.0
w:boosheid|parafrase|-0.94
w:bouwt|open-vraag|-1.0
w:bouwt|geruststellen|-1.0
w:bovenbouw|parafrase|-0.97
w:boze|geruststellen|-0.97
w:bram|ik-boodschap|1.82
w:bram|jij-boodschap|-0.2
w:bram|open-vraag|-0.95
w:bram|bevelen|0.9
w:bram|moraliseren|-0.95
w:bram|argumenteren|-0.96
w:bram|bekritiseren|-1.03
w:bram|prijzen|-0.92
w:bram|geruststellen|-0.86
w:breek|afronding-aankondigen|0.91
w:brengen|interpreteren|-0.84
w:brief|ik-boodschap|-1.79
w:brief|parafrase|0.95
w:brief|argumenteren|-0.98
w:brief|afleiden|-0.93
w:broer|bevelen|0.85
w:broertje|adviseren|0.81
w:broertje|prijzen|-0.81
w:brugklas|geruststellen|0.98
w:brutaal|bekritiseren|-0.5
w:brutaal|etiketteren|-0.88
w:buikpijn|parafrase|1.0
w:buikpijn|gevoelsreflectie|-1.0
w:buikpijn|open-vraag|1.0
w:buikpijn|argumenteren|-0.51
w:buiten|waarschuwen|1.86
w:buiten|adviseren|-1.0
w:bus|gevoelsreflectie|-0.96
w:buurvrouw|vervolgafspraak|-0.99
w:chagrijn|prijzen|-0.97
w:chagrijn|etiketteren|0.72
w:chagrijn|geruststellen|-0.89
w:checken|parafrase|0.84
w:checken|samenvatting|-0.77
w:cijfer|ik-boodschap|0.86
w:cijfer|parafrase|0.97
w:cijfer|gevoelsreflectie|-1.0
w:cijfer|samenvatting|1.0
w:cijfer|bekritiseren|-0.89
w:cijfer|afleiden|-0.97
w:cijfer|vervolgafspraak|0.84
w:cijfers|ik-boodschap|-0.98
w:cijfers|jij-boodschap|-0.52
w:cijfers|parafrase|-0.96
w:cijfers|gevoelsreflectie|-0.74
w:cijfers|samenvatting|1.62
w:cijfers|bevelen|-0.99
w:cijfers|waarschuwen|-0.86
w:cijfers|argumenteren|1.52
w:cijfers|bekritiseren|-0.78
w:cijfers|interpreteren|-1.0
w:cijfers|afleiden|0.15
w:cijfers|vervolgafspraak|-0.98
w:clown|jij-boodschap|-0.29
w:clown|bekritiseren|-0.98
w:clown|etiketteren|0.96
w:collega|geruststellen|-0.53
w:collega|vervolgafspraak|0.84
w:collega's|bekritiseren|-1.79
w:combineert|bekritiseren|-0.92
w:communicatie|parafrase|0.99
w:communicatie|gevoelsreflectie|-1.0
w:communicatie|samenvatting|0.29
w:communicatie|open-vraag|0.98
w:communicatie|interpreteren|-0.99
w:concentratie|argumenteren|0.93
w:concentreren|vervolgafspraak|0.95
w:conciërge|parafrase|-0.99
w:conciërge|waarschuwen|2.74
w:conciërge|adviseren|-1.0
w:contact|aanmoediging|-1.95
w:contact|bevelen|-0.96
w:contact|adviseren|-0.91
w:contact|bekritiseren|0.98
w:contact|ondervragen|-1.0
w:controleert|jij-boodschap|0.93
w:controleert|adviseren|-0.99
w:controleert|argumenteren|-0.99
w:controleert|bekritiseren|-0.83
w:controleert|etiketteren|-0.87
w:controleren|bekritiseren|-0.5
w:daan|jij-boodschap|0.17
w:daan|parafrase|-1.0
w:daan|aanmoediging|-0.96
w:daan|bevelen|0.85
w:daan|adviseren|-0.99
w:daan|bekritiseren|-1.0
w:daan|ondervragen|-0.95
w:daar|ik-boodschap|0.19
w:daar|parafrase|1.81
w:daar|gevoelsreflectie|0.93
w:daar|samenvatting|-0.27
w:daar|open-vraag|0.91
w:daar|adviseren|-1.18
w:daar|argumenteren|1.63
w:daar|bekritiseren|-0.62
w:daar|prijzen|-0.81
w:daar|interpreteren|1.0
w:daar|ondervragen|1.0
w:daar|afleiden|1.99
w:daar|bedanken|-0.94
w:daaraan|samenvatting|0.91
w:daardoor|ik-boodschap|-0.95
w:daardoor|gevoelsreflectie|-0.96
w:daardoor|samenvatting|0.91
w:daardoor|vervolgafspraak|-0.72
w:daarin|parafrase|0.91
w:daarmee|afronding-aankondigen|0.86
w:daarna|samenvatting|-0.94
w:daarna|aanmoediging|-0.86
w:daarna|waarschuwen|-1.0
w:daarna|bekritiseren|-0.58
w:daarna|afleiden|-0.93
w:daarna|vervolgafspraak|1.0
w:daarom|parafrase|1.91
w:daarom|samenvatting|-0.73
w:daarom|waarschuwen|-0.96
w:daarom|moraliseren|-1.74
w:daarom|interpreteren|1.84
w:daaronder|gevoelsreflectie|0.93
w:daaronder|interpreteren|0.93
w:daarop|ondervragen|-0.95
w:daarover|open-vraag|0.98
w:daarover|moraliseren|-0.98
w:daarover|adviseren|-0.99
w:daarover|argumenteren|-0.98
w:daarover|geruststellen|-0.98
w:daarover|afleiden|0.99
w:daartegenaan|jij-boodschap|-0.73
w:daartegenaan|open-vraag|1.94
w:daartegenaan|bekritiseren|-0.95
w:daarvan|ik-boodschap|0.94
w:daarvan|open-vraag|1.0
w:daarvoor|gevoelsreflectie|-0.91
w:daarvoor|bekritiseren|-0.94
w:dacht|jij-boodschap|-0.99
w:daden|moraliseren|0.98
w:daden|adviseren|-0.98
w:dag|open-vraag|-0.96
w:dag|waarschuwen|1.0
w:dag|moraliseren|-1.0
w:dag|adviseren|-1.99
w:dag|argumenteren|0.93
w:dag|etiketteren|-0.87
w:dag|vervolgafspraak|0.95
w:dag|bedanken|-1.0
w:dagen|argumenteren|-0.98
w:dagen|bekritiseren|0.95
w:dagopening|ik-boodschap|0.99
w:dalen|jij-boodschap|-0.41
w:dan|ik-boodschap|2.8
w:dan|jij-boodschap|-2.05
w:dan|parafrase|1.99
w:dan|gevoelsreflectie|-1.0
w:dan|samenvatting|-0.96
w:dan|open-vraag|-0.96
w:dan|aanmoediging|-0.73
w:dan|bevelen|-0.95
w:dan|waarschuwen|-0.92
w:dan|moraliseren|-0.95
w:dan|argumenteren|-0.86
w:dan|bekritiseren|-1.29
w:dan|prijzen|2.09
w:dan|etiketteren|0.92
w:dan|interpreteren|0.96
w:dan|geruststellen|-1.02
w:dan|vervolgafspraak|0.95
w:dan|bedanken|-0.77
w:dank|parafrase|-1.0
w:dank|gevoelsreflectie|-1.9
w:dank|samenvatting|-1.02
w:dank|open-vraag|-1.0
w:dank|aanmoediging|-1.0
w:dank|bekritiseren|-0.91
w:dank|prijzen|-0.72
w:dank|interpreteren|-1.0
w:dank|geruststellen|-0.9
w:dank|afronding-aankondigen|0.22
w:dank|vervolgafspraak|0.56
w:dank|bedanken|4.97
w:dankbaar|vervolgafspraak|-0.92
w:dankjewel|afronding-aankondigen|-0.93
w:dankjewel|bedanken|0.87
w:dankuwel|afronding-aankondigen|-0.9
w:dankzij|samenvatting|-0.98
w:dat|ik-boodschap|-0.8
w:dat|jij-boodschap|-0.82
w:dat|samenvatting|-0.8
w:dat|aanmoediging|-2.94
w:dat|bevelen|-0.99
w:dat|moraliseren|-0.1
w:dat|adviseren|-1.79
w:dat|argumenteren|-0.8
w:dat|bekritiseren|0.11
w:dat|prijzen|0.22
w:dat|etiketteren|-2.71
w:dat|interpreteren|-2.79
w:dat|geruststellen|-0.18
w:dat|afleiden|-2.62
w:dat|afronding-aankondigen|-2.94
w:dat|vervolgafspraak|-3.89
w:dat|bedanken|0.71
w:datum|ik-boodschap|-1.0
w:datum|afleiden|-1.0
w:datum|afronding-aankondigen|-0.69
w:datum|vervolgafspraak|1.0
w:datum|bedanken|-0.13
w:de|ik-boodschap|1.94
w:de|jij-boodschap|-1.67
w:de|gevoelsreflectie|-4.52
w:de|samenvatting|1.62
w:de|open-vraag|-0.18
w:de|aanmoediging|-2.6
w:de|bevelen|-0.21
w:de|waarschuwen|-1.32
w:de|moraliseren|-0.86
w:de|adviseren|-0.27
w:de|argumenteren|-0.7
w:de|bekritiseren|-1.11
w:de|prijzen|-1.91
w:de|interpreteren|-0.65
w:de|geruststellen|-1.69
w:de|ondervragen|-2.76
w:de|afronding-aankondigen|-3.51
w:de|vervolgafspraak|-0.35
w:de|bedanken|-0.22
w:deadline|prijzen|-0.92
w:deadlines|bekritiseren|-1.79
w:debatclub|ik-boodschap|0.98
w:deed|samenvatting|-0.94
w:deed|aanmoediging|-0.88
w:deed|moraliseren|0.98
w:deelt|bedanken|1.0
w:degene|jij-boodschap|1.49
w:degene|bekritiseren|-2.08
w:degene|etiketteren|-0.96
w:dekker|ondervragen|-1.0
w:delen|open-vraag|0.97
w:denk|jij-boodschap|0.67
w:denk|parafrase|0.95
w:denk|gevoelsreflectie|-1.05
w:denk|waarschuwen|0.96
w:denk|adviseren|-0.99
w:denk|bekritiseren|0.8
w:denk|prijzen|-0.95
w:denk|interpreteren|1.81
w:denk|geruststellen|0.86
w:denk|afleiden|-1.89
w:denk|afronding-aankondigen|1.01
w:denk|vervolgafspraak|-0.99
w:denken|jij-boodschap|-0.97
w:denken|prijzen|0.91
w:denkt|geruststellen|1.94
w:denkt|ondervragen|-1.93
w:derde|ik-boodschap|0.99
w:detail|geruststellen|-0.96
w:detail|afleiden|0.97
w:deur|gevoelsreflectie|-0.9
w:deur|samenvatting|-0.95
w:dex|vervolgafspraak|-1.0
w:deze|gevoelsreflectie|-0.92
w:deze|samenvatting|-0.86
w:deze|open-vraag|-0.94
w:deze|argumenteren|-0.9
w:deze|bekritiseren|-0.33
w:deze|geruststellen|0.94
w:dicht|adviseren|0.92
w:dichtsloeg|ik-boodschap|-0.95
w:dichtsmeet|ik-boodschap|0.95
w:dichtsmeet|gevoelsreflectie|-0.9
w:dichtsmeet|samenvatting|-0.95
w:die|ik-boodschap|0.94
w:die|jij-boodschap|0.53
w:die|parafrase|-0.9
w:die|gevoelsreflectie|-1.85
w:die|samenvatting|-1.6
w:die|open-vraag|-1.0
w:die|bevelen|0.9
w:die|waarschuwen|-0.96
w:die|moraliseren|-0.95
w:die|adviseren|-0.97
w:die|argumenteren|-0.49
w:die|bekritiseren|-2.93
w:die|prijzen|-0.86
w:die|interpreteren|0.95
w:die|geruststellen|0.98
w:dient|bekritiseren|-0.74
w:dingen|ik-boodschap|-0.99
w:dingen|afronding-aankondigen|-0.95
w:dinsdag|parafrase|-0.15
w:dinsdag|interpreteren|-0.99
w:dinsdag|afronding-aankondigen|0.99
w:dinsdag|vervolgafspraak|-0.24
w:dinsdag|bedanken|0.99
w:dipje|geruststellen|0.96
w:diploma|waarschuwen|0.99
w:diploma|moraliseren|-0.99
w:diploma|geruststellen|-0.98
w:directeur|waarschuwen|0.97
w:directie|afronding-aankondigen|0.99
w:directie|vervolgafspraak|0.59
w:directie|bedanken|0.99
w:dit|ik-boodschap|-2.66
w:dit|jij-boodschap|-1.57
w:dit|parafrase|-0.99
w:dit|gevoelsreflectie|0.92
w:dit|samenvatting|-0.99
w:dit|aanmoediging|-1.0
w:dit|bevelen|-1.0
w:dit|waarschuwen|0.96
w:dit|moraliseren|-1.73
w:dit|adviseren|-2.96
w:dit|bekritiseren|0.27
w:dit|prijzen|1.7
w:dit|etiketteren|-1.96
w:dit|ondervragen|-1.0
w:dit|afleiden|-1.94
w:dit|afronding-aankondigen|-0.94
w:dit|vervolgafspraak|-1.58
w:dit|bedanken|-0.84
w:docent|ik-boodschap|-0.98
w:docent|parafrase|-0.91
w:docent|gevoelsreflectie|-1.0
w:docent|samenvatting|2.68
w:docent|open-vraag|-0.99
w:docent|waarschuwen|-0.99
w:docent|moraliseren|1.0
w:docent|bekritiseren|0.99
w:docenten|jij-boodschap|0.95
w:docenten|bevelen|-0.91
w:docenten|moraliseren|-0.95
w:docenten|bekritiseren|1.74
w:dochter|ik-boodschap|0.86
w:dochter|interpreteren|-1.0
w:dochter|afronding-aankondigen|-1.0
w:doe|ik-boodschap|-0.95
w:doe|jij-boodschap|-1.97
w:doe|parafrase|-0.9
w:doe|waarschuwen|-1.0
w:doe|moraliseren|0.92
w:doe|argumenteren|-0.87
w:doe|bekritiseren|-1.58
w:doe|etiketteren|0.87
w:doe|ondervragen|-1.0
w:doen|ik-boodschap|0.21
w:doen|jij-boodschap|0.35
w:doen|parafrase|1.18
w:doen|gevoelsreflectie|-0.96
w:doen|open-vraag|-0.94
w:doen|aanmoediging|-1.0
w:doen|waarschuwen|0.93
w:doen|moraliseren|-0.93
w:doen|adviseren|-0.97
w:doen|argumenteren|0.76
w:doen|bekritiseren|1.61
w:doen|prijzen|0.97
w:doen|interpreteren|1.0
w:doen|geruststellen|1.72
w:doen|afleiden|0.94
w:doen|afronding-aankondigen|-1.0
w:doen|vervolgafspraak|-0.99
w:doet|jij-boodschap|1.61
w:doet|parafrase|-0.95
w:doet|samenvatting|0.28
w:doet|open-vraag|-0.97
w:doet|aanmoediging|-1.0
w:doet|bevelen|0.97
w:doet|adviseren|-0.98
w:doet|bekritiseren|0.74
w:doet|prijzen|-0.99
w:doet|etiketteren|-0.99
w:doet|interpreteren|0.77
w:doet|geruststellen|0.72
w:doet|afleiden|1.0
w:doet|afronding-aankondigen|-1.0
w:doet|vervolgafspraak|-1.0
w:domme|geruststellen|-0.94
w:donderdag|ik-boodschap|-0.95
w:donderdag|samenvatting|-0.99
w:donderdag|open-vraag|-1.99
w:donderdag|waarschuwen|-1.0
w:donderdag|argumenteren|-0.98
w:donderdag|geruststellen|-1.0
w:donderdag|afronding-aankondigen|-0.26
w:donderdag|vervolgafspraak|3.8
w:door|ik-boodschap|1.97
w:door|jij-boodschap|-0.48
w:door|parafrase|-0.96
w:door|gevoelsreflectie|0.93
w:door|samenvatting|-1.0
w:door|open-vraag|0.94
w:door|aanmoediging|1.97
w:door|waarschuwen|-0.12
w:door|adviseren|0.98
w:door|argumenteren|-0.99
w:door|etiketteren|-0.9
w:door|interpreteren|0.78
w:door|geruststellen|-1.46
w:doordat|bekritiseren|-0.88
w:doordat|geruststellen|-1.96
w:doordring|adviseren|-0.99
w:doorgaat|ik-boodschap|-0.99
w:doorgaat|jij-boodschap|1.42
w:doorgaat|bevelen|-1.0
w:doorgaat|waarschuwen|1.99
w:doorgaat|adviseren|-0.91
w:doorgaat|argumenteren|-0.7
w:doorgaat|bekritiseren|0.89
w:doorgeven|ik-boodschap|0.91
w:doorgeven|waarschuwen|-0.91
w:doorheen|geruststellen|1.59
w:doorheen|bedanken|-0.99
w:doorlopen|adviseren|0.99
w:doorneemt|adviseren|0.99
w:doorneemt|vervolgafspraak|-0.64
w:doorzetter|adviseren|-1.0
w:doorzetter|geruststellen|1.0
w:draad|samenvatting|-1.0
w:draad|argumenteren|-0.99
w:draaien|afronding-aankondigen|0.99
w:draaien|vervolgafspraak|-0.99
w:drama|bekritiseren|-1.82
w:dramatisch|bevelen|-0.76
w:dramatisch|geruststellen|0.62
w:drammer|bekritiseren|-0.99
w:drammer|etiketteren|0.99
w:drie|ik-boodschap|-0.87
w:drie|open-vraag|-1.0
w:drie|waarschuwen|-0.86
w:drie|adviseren|0.99
w:drie|argumenteren|1.55
w:drie|bekritiseren|0.24
w:drie|prijzen|-0.99
w:drie|geruststellen|-1.0
w:drie|afronding-aankondigen|-0.95
w:drie|vervolgafspraak|0.99
w:drie|bedanken|0.9
w:druk|gevoelsreflectie|-0.83
w:druk|open-vraag|-1.0
w:druk|bevelen|0.85
w:druk|bekritiseren|0.89
w:druk|geruststellen|0.19
w:druk|afleiden|1.0
w:drukke|samenvatting|-1.0
w:drukke|bevelen|-1.0
w:drukte|etiketteren|-0.81
w:duidelijk|jij-boodschap|-0.42
w:duidelijk|gevoelsreflectie|0.92
w:duidelijk|samenvatting|-0.99
w:duidelijk|open-vraag|-0.99
w:duidelijk|bevelen|0.93
w:duidelijk|argumenteren|0.99
w:duidelijk|vervolgafspraak|0.92
w:duits|parafrase|1.0
w:duits|moraliseren|-1.0
w:durft|samenvatting|0.84
w:durft|bekritiseren|-0.84
w:dus|jij-boodschap|-0.96
w:dus|parafrase|2.68
w:dus|gevoelsreflectie|-1.86
w:dus|samenvatting|0.17
w:dus|open-vraag|-0.99
w:dus|aanmoediging|-0.99
w:dus|bevelen|-0.96
w:dus|waarschuwen|-0.97
w:dus|moraliseren|-1.99
w:dus|adviseren|-1.97
w:dus|argumenteren|-1.08
w:dus|bekritiseren|-1.16
w:dus|prijzen|3.63
w:dus|etiketteren|-0.99
w:dus|interpreteren|-0.99
w:dus|geruststellen|-0.92
w:duurt|moraliseren|0.96
w:duurzaamheid|interpreteren|-0.85
w:dwarszit|aanmoediging|-0.72
w:dwingen|bevelen|0.96
w:dwingen|adviseren|-0.96
w:dwingen|bekritiseren|-0.77
w:ech|argumenteren|-0.76
w:echt|ik-boodschap|1.66
w:echt|jij-boodschap|-0.53
w:echt|parafrase|-1.96
w:echt|gevoelsreflectie|0.96
w:echt|samenvatting|-1.91
w:echt|aanmoediging|-1.0
w:echt|bevelen|-0.93
w:echt|waarschuwen|-1.0
w:echt|moraliseren|-1.0
w:echt|adviseren|-1.94
w:echt|argumenteren|-1.0
w:echt|bekritiseren|-0.12
w:echt|prijzen|-1.31
w:echt|etiketteren|0.93
w:echt|interpreteren|-1.99
w:echt|geruststellen|4.21
w:echt|ondervragen|-1.0
w:echt|afleiden|-1.0
w:echt|afronding-aankondigen|-0.1
w:echt|vervolgafspraak|-2.49
w:echt|bedanken|-2.18
w:echte|etiketteren|0.99
w:een|ik-boodschap|0.91
w:een|jij-boodschap|-1.91
w:een|parafrase|-1.15
w:een|gevoelsreflectie|0.82
w:een|open-vraag|-1.02
w:een|aanmoediging|0.91
w:een|bevelen|-1.09
w:een|waarschuwen|-1.56
w:een|moraliseren|-1.11
w:een|adviseren|-1.8
w:een|argumenteren|-0.68
w:een|bekritiseren|-2.07
w:een|prijzen|-1.12
w:een|etiketteren|1.79
w:een|interpreteren|-1.67
w:een|geruststellen|0.41
w:een|ondervragen|-1.03
w:een|afronding-aankondigen|-1.45
w:een|vervolgafspraak|1.12
w:een|bedanken|-0.92
w:eenmaal|bevelen|-0.99
w:eenmaal|moraliseren|0.92
w:eenmaal|interpreteren|-1.0
w:eenmaal|geruststellen|-0.94
w:eens|ik-boodschap|0.96
w:eens|jij-boodschap|0.76
w:eens|samenvatting|-0.84
w:eens|open-vraag|1.0
w:eens|aanmoediging|-0.72
w:eens|moraliseren|0.98
w:eens|adviseren|2.79
w:eens|bekritiseren|0.68
w:eens|prijzen|-1.75
w:eens|interpreteren|-0.9
w:eens|geruststellen|-2.01
w:eens|ondervragen|-1.88
w:eens|afleiden|2.6
w:eens|afronding-aankondigen|-0.98
w:eentje|prijzen|-0.99
w:eenvoudig|argumenteren|0.84
w:eerder|parafrase|1.95
w:eerder|samenvatting|-0.94
w:eerder|aanmoediging|-0.86
w:eerder|adviseren|0.9
w:eerder|bekritiseren|-0.18
w:eerder|prijzen|-0.94
w:eerder|ondervragen|0.96
w:eerlijk|ik-boodschap|-0.93
w:eerlijk|jij-boodschap|0.94
w:eerlijk|open-vraag|1.0
w:eerlijk|aanmoediging|-0.98
w:eerlijk|bevelen|-0.91
w:eerlijk|waarschuwen|-1.0
w:eerlijk|moraliseren|0.99
w:eerlijk|bekritiseren|0.96
w:eerlijk|prijzen|-0.96
w:eerlijk|interpreteren|-1.0
w:eerlijk|vervolgafspraak|-1.97
w:eerst|open-vraag|-1.0
w:eerst|bevelen|0.92
w:eerst|adviseren|1.0
w:eerst|bekritiseren|-0.95
w:eerst|interpreteren|-1.0
w:eerst|geruststellen|-0.72
w:eerst|afleiden|1.98
w:eerste|ik-boodschap|-1.84
w:eerste|parafrase|-1.72
w:eerste|samenvatting|0.91
w:eerste|open-vraag|1.91
w:eerste|aanmoediging|-0.87
w:eerste|prijzen|-0.97
w:eerste|etiketteren|-0.92
w:eerste|geruststellen|0.93
w:eerste|ondervragen|-0.93
w:eigen|samenvatting|0.87
w:eigen|interpreteren|0.89
w:eigen|afleiden|-0.97
w:eigenlijk|jij-boodschap|0.86
w:eigenlijk|parafrase|0.91
w:eigenlijk|gevoelsreflectie|-1.0
w:eigenlijk|open-vraag|-1.86
w:eigenlijk|waarschuwen|-1.0
w:eigenlijk|moraliseren|-0.77
w:eigenlijk|adviseren|-1.97
w:eigenlijk|bekritiseren|0.86
w:eigenlijk|etiketteren|-1.0
w:eigenlijk|interpreteren|2.9
w:eigenlijk|geruststellen|-1.0
w:eigenlijk|ondervragen|-1.99
w:eigenlijk|afleiden|3.77
w:eigenlijk|bedanken|-0.87
w:eind|ik-boodschap|-1.0
w:eind|waarschuwen|1.0
w:eind|moraliseren|-1.0
w:eind|adviseren|-1.0
w:eind|vervolgafspraak|-0.99
w:einde|argumenteren|-0.79
w:einde|afleiden|0.99
w:eindelijk|jij-boodschap|1.75
w:eindelijk|bekritiseren|1.61
w:elf|parafrase|0.97
w:elf|argumenteren|0.97
w:elk|vervolgafspraak|-0.99
w:elkaar|ik-boodschap|1.0
w:elkaar|samenvatting|-0.96
w:elkaar|bevelen|-0.96
w:elkaar|waarschuwen|-1.0
w:elkaar|moraliseren|0.76
w:elkaar|interpreteren|-1.0
w:elkaar|afronding-aankondigen|-0.96
w:elkaar|bedanken|-0.87
w:elke|ik-boodschap|1.87
w:elke|parafrase|-0.91
w:elke|samenvatting|0.86
w:elke|open-vraag|-0.96
w:elke|adviseren|0.99
w:elke|argumenteren|-0.2
w:elke|bekritiseren|0.89
w:elke|etiketteren|-0.87
w:elke|afleiden|0.95
w:en|ik-boodschap|0.74
w:en|jij-boodschap|0.47
w:en|parafrase|-4.92
w:en|gevoelsreflectie|-3.52
w:en|samenvatting|5.53
w:en|open-vraag|-2.95
w:en|waarschuwen|-0.73
w:en|moraliseren|-0.98
w:en|adviseren|-2.98
w:en|argumenteren|-2.68
w:en|bekritiseren|0.64
w:en|prijzen|-1.86
w:en|interpreteren|-1.16
w:en|geruststellen|-1.05
w:en|ondervragen|0.11
w:en|afleiden|-1.92
w:en|afronding-aankondigen|0.14
w:en|vervolgafspraak|0.42
w:en|bedanken|-1.88
w:eng|gevoelsreflectie|0.96
w:engels|samenvatting|0.72
w:engels|interpreteren|-1.0
w:engels|ondervragen|-0.81
w:engels|afleiden|1.0
w:engels|vervolgafspraak|0.84
w:enige|bekritiseren|-1.0
w:enige|geruststellen|1.0
w:enkel|jij-boodschap|1.89
w:enkel|moraliseren|-0.95
w:enkel|bekritiseren|0.81
w:enkele|ik-boodschap|1.91
w:enkele|jij-boodschap|-1.47
w:enkele|open-vraag|-1.0
w:enkele|bekritiseren|-0.41
w:enkele|geruststellen|-1.0
w:enkele|vervolgafspraak|-1.0
w:enorm|bekritiseren|1.11
w:enorm|prijzen|-1.0
w:enorme|gevoelsreflectie|0.89
w:er|ik-boodschap|0.16
w:er|jij-boodschap|0.17
w:er|parafrase|-0.18
w:er|samenvatting|-1.94
w:er|open-vraag|0.89
w:er|aanmoediging|-0.92
w:er|bekritiseren|-0.19
w:er|prijzen|-0.94
w:er|interpreteren|-2.58
w:er|geruststellen|1.32
w:er|ondervragen|-1.02
w:er|vervolgafspraak|-0.21
w:eraan|bekritiseren|0.98
w:erbij|ik-boodschap|-1.95
w:erbij|gevoelsreflectie|-0.91
w:erbij|ondervragen|1.0
w:erbij|afleiden|-1.0
w:erbij|vervolgafspraak|1.9
w:erbij|bedanken|-1.0
w:erg|ik-boodschap|-0.85
w:erg|parafrase|-0.97
w:erg|gevoelsreflectie|0.97
w:erg|bekritiseren|-0.84
w:erg|geruststellen|0.51
w:erger|bekritiseren|0.98
w:erop|adviseren|-0.83
w:eruit|ik-boodschap|-0.99
w:eruit|jij-boodschap|1.42
w:eruit|samenvatting|0.93
w:eruit|bevelen|-0.81
w:eruit|waarschuwen|0.99
w:eruit|bekritiseren|1.89
w:eruit|vervolgafspraak|0.81
w:ervan|jij-boodschap|-0.99
w:ervan|gevoelsreflectie|0.97
w:ervan|afronding-aankondigen|-0.98
w:ervaring|prijzen|0.97
w:ervaringen|jij-boodschap|-0.92
w:ervoor|aanmoediging|-0.99
w:ervoor|bevelen|1.0
w:ervoor|waarschuwen|-1.0
w:eva|ik-boodschap|-0.99
w:evalueren|adviseren|-0.94
w:evalueren|etiketteren|-0.95
w:evalueren|vervolgafspraak|0.93
w:even|jij-boodschap|-0.94
w:even|parafrase|-2.02
w:even|samenvatting|2.09
w:even|open-vraag|-1.97
w:even|moraliseren|-0.96
w:even|adviseren|1.0
w:even|argumenteren|-0.95
w:even|bekritiseren|-2.27
w:even|prijzen|1.82
w:even|interpreteren|-1.0
w:even|geruststellen|-0.53
w:even|ondervragen|-1.0
w:even|afleiden|1.95
w:even|vervolgafspraak|-0.54
w:even|bedanken|0.79
w:examen|argumenteren|0.17
w:examenreglement|argumenteren|0.91
w:examens|geruststellen|0.99
w:excursie|parafrase|-0.99
w:excursie|samenvatting|-0.93
w:excursie|prijzen|0.99
w:excuses|samenvatting|-0.84
w:excuses|bevelen|0.91
w:extra|parafrase|-1.0
w:extra|samenvatting|1.87
w:extra|adviseren|-0.97
w:extra|prijzen|0.97
w:extra|interpreteren|0.86
w:extra|vervolgafspraak|-1.85
w:faalangst|geruststellen|-0.97
w:fase|geruststellen|0.99
w:fatsoen|jij-boodschap|-0.76
w:fay|ik-boodschap|0.99
w:feedback|parafrase|-0.95
w:feit|argumenteren|0.85
w:fel|jij-boodschap|-0.92
w:fenna|bekritiseren|-1.78
w:ff|adviseren|0.99
w:fiets|parafrase|-0.99
w:fiets|bevelen|0.85
w:fiets|adviseren|0.87
w:fietst|ik-boodschap|-0.99
w:fijn|ik-boodschap|0.99
w:fijn|jij-boodschap|0.74
w:fijn|gevoelsreflectie|-0.91
w:fijn|bekritiseren|1.22
w:fijn|etiketteren|-0.97
w:fijn|interpreteren|-1.93
w:fijn|geruststellen|-0.9
w:fijn|bedanken|-1.77
w:fijne|jij-boodschap|-0.79
w:fijne|moraliseren|-0.96
w:fijne|prijzen|1.0
w:fijne|etiketteren|-0.97
w:fijne|geruststellen|-0.79
w:finn|prijzen|0.99
w:finn|vervolgafspraak|-0.99
w:fleur|samenvatting|0.95
w:fleur|vervolgafspraak|-0.56
w:fouten|parafrase|0.97
w:fouten|argumenteren|0.97
w:frans|ik-boodschap|-0.98
w:frans|parafrase|-0.91
w:frans|gevoelsreflectie|-1.0
w:frans|samenvatting|1.7
w:frustreert|argumenteren|-0.99
w:frustreert|vervolgafspraak|-0.92
w:frustrerend|parafrase|-0.98
w:ga|gevoelsreflectie|-1.97
w:ga|open-vraag|-0.94
w:ga|bevelen|1.87
w:ga|waarschuwen|0.92
w:ga|moraliseren|0.76
w:ga|adviseren|0.98
w:ga|bekritiseren|-0.41
w:ga|etiketteren|-0.9
w:ga|interpreteren|-1.0
w:ga|afleiden|0.94
w:ga|afronding-aankondigen|1.0
w:ga|vervolgafspraak|-0.92
w:gaan|jij-boodschap|0.58
w:gaan|samenvatting|0.94
w:gaan|bevelen|-1.85
w:gaan|waarschuwen|-1.0
w:gaan|adviseren|0.94
w:gaan|bekritiseren|-0.77
w:gaan|prijzen|-0.94
w:gaan|etiketteren|-1.0
w:gaan|interpreteren|1.0
w:gaan|ondervragen|-1.0
w:gaan|afronding-aankondigen|-0.94
w:gaan|vervolgafspraak|0.68
w:gaan|bedanken|-0.91
w:gaat|ik-boodschap|-2.92
w:gaat|jij-boodschap|-0.99
w:gaat|parafrase|-1.64
w:gaat|gevoelsreflectie|-2.86
w:gaat|samenvatting|2.65
w:gaat|open-vraag|2.89
w:gaat|bevelen|1.01
w:gaat|waarschuwen|-0.81
w:gaat|moraliseren|0.83
w:gaat|adviseren|0.7
w:gaat|argumenteren|-0.92
w:gaat|bekritiseren|-2.0
w:gaat|prijzen|0.14
w:gaat|etiketteren|-0.97
w:gaat|interpreteren|-0.62
w:gaat|geruststellen|2.12
w:gaat|ondervragen|-1.0
w:gaat|afleiden|-1.0
w:gaat|afronding-aankondigen|-0.96
w:gaat|vervolgafspraak|-1.8
w:gaat|bedanken|-1.93
w:gaf|jij-boodschap|-0.73
w:gaf|open-vraag|0.95
w:gaf|bekritiseren|-0.95
w:gamen|jij-boodschap|-0.96
w:gamen|moraliseren|0.93
w:gamen|bekritiseren|1.07
w:gamet|bekritiseren|0.25
w:gang|bevelen|0.11
w:gang|waarschuwen|0.97
w:gang|bekritiseren|-0.22
w:gang|interpreteren|-1.0
w:gang|afleiden|-1.0
w:gangpad|ik-boodschap|-0.84
w:gapen|ik-boodschap|0.96
w:gaten|geruststellen|0.88
w:gaten|bedanken|0.9
w:gebakken|bekritiseren|0.61
w:gebeld|parafrase|0.99
w:gebeld|bekritiseren|1.48
w:gebeld|ondervragen|1.0
w:gebeurd|ik-boodschap|0.78
w:gebeurd|open-vraag|1.0
w:gebeurd|bekritiseren|0.83
w:gebeurd|geruststellen|1.0
w:gebeurde|parafrase|-1.0
w:gebeurde|gevoelsreflectie|-0.96
w:gebeurde|open-vraag|1.0
w:gebeurde|bekritiseren|-1.0
w:gebeuren|geruststellen|1.89
w:gebeurt|jij-boodschap|-0.99
w:gebeurt|parafrase|-1.88
w:gebeurt|gevoelsreflectie|-1.87
w:gebeurt|samenvatting|0.93
w:gebeurt|bekritiseren|1.36
w:gebeurt|geruststellen|0.51
w:gebracht|parafrase|1.0
w:gebracht|samenvatting|-0.87
w:gebruiken|open-vraag|-0.96
w:gebruiken|geruststellen|0.94
w:gecontroleerd|open-vraag|-0.96
w:gecontroleerd|interpreteren|-0.86
w:gedaan|jij-boodschap|-0.98
w:gedaan|parafrase|-0.96
w:gedaan|open-vraag|-0.99
w:gedaan|bevelen|-0.93
w:gedaan|bekritiseren|-0.9
w:gedaan|prijzen|-0.94
w:gedaan|geruststellen|-0.51
w:gedacht|adviseren|0.99
w:gedacht|bekritiseren|-0.93
w:gedoe|jij-boodschap|-0.99
w:gedoe|open-vraag|-0.94
w:gedoe|bekritiseren|0.17
w:gedoe|etiketteren|1.77
w:gedoe|afleiden|0.94
w:gedraagt|jij-boodschap|0.92
w:gedraagt|bekritiseren|-0.22
w:gedrag|ik-boodschap|-0.98
w:gedrag|argumenteren|-0.95
w:gedrag|bekritiseren|0.88
w:gedrag|geruststellen|-0.97
w:gedrag|vervolgafspraak|-0.98
w:gedragen|moraliseren|0.99
w:gedragen|prijzen|0.99
w:geduld|afronding-aankondigen|0.99
w:geduld|vervolgafspraak|0.59
w:geduld|bedanken|0.99
w:geduldige|prijzen|0.83
w:geduwd|gevoelsreflectie|0.91
w:geef|bekritiseren|0.94
w:geeft|parafrase|1.0
w:geeft|gevoelsreflectie|-1.0
w:geeft|open-vraag|-0.86
w:geeft|bekritiseren|0.81
w:geen|ik-boodschap|0.99
w:geen|jij-boodschap|1.58
w:geen|parafrase|-1.89
w:geen|gevoelsreflectie|0.92
w:geen|moraliseren|-0.95
w:geen|argumenteren|0.98
w:geen|bekritiseren|-1.3
w:geen|prijzen|0.91
w:geen|interpreteren|-1.84
w:geen|afleiden|-1.0
w:geen|vervolgafspraak|-1.07
w:gefrustreerd|gevoelsreflectie|1.0
w:gegaan|jij-boodschap|-0.96
w:gegaan|open-vraag|-0.99
w:gegaan|ondervragen|0.86
w:gegooid|bekritiseren|0.93
w:gehad|ik-boodschap|0.92
w:gehad|jij-boodschap|-1.03
w:gehad|gevoelsreflectie|0.21
w:gehad|samenvatting|1.0
w:gehad|bevelen|-1.0
w:gehad|bekritiseren|-1.35
w:gehad|afronding-aankondigen|-0.85
w:gehad|bedanken|-1.0
w:geholpen|bekritiseren|-0.69
w:gehoord|argumenteren|-0.99
w:gehouden|samenvatting|-0.94
w:geirriteerd|open-vraag|-1.0
w:gek|argumenteren|-0.94
w:gekeken|jij-boodschap|0.58
w:gekeken|bekritiseren|0.38
w:gekomen|jij-boodschap|-0.93
w:gekomen|parafrase|0.96
w:gekomen|gevoelsreflectie|-0.9
w:gekomen|samenvatting|0.2
w:gekomen|waarschuwen|-0.96
w:gekomen|bekritiseren|-2.24
w:gekomen|prijzen|-1.67
w:gekomen|afronding-aankondigen|-1.01
w:gekomen|vervolgafspraak|0.81
w:gekomen|bedanken|1.58
w:gekozen|open-vraag|-0.91
w:gekregen|samenvatting|0.95
w:gekregen|ondervragen|-0.92
w:gekregen|vervolgafspraak|-0.56
w:gekwetst|parafrase|0.9
w:gelezen|gevoelsreflectie|-0.8
w:gelezen|bekritiseren|0.77
w:gelezen|ondervragen|1.74
w:gelijk|parafrase|0.97
w:gelijk|argumenteren|0.97
w:gemaakt|samenvatting|-0.97
w:gemaakt|bevelen|-0.97
w:gemaakt|adviseren|-1.0
w:gemaakt|argumenteren|0.85
w:gemaakt|bekritiseren|0.96
w:gemaakt|etiketteren|-0.85
w:gemaakt|geruststellen|-0.92
w:gemaakt|ondervragen|1.0
w:gemaild|argumenteren|1.95
w:gemaild|geruststellen|-0.87
w:gemeld|ik-boodschap|-0.8
w:gemeld|adviseren|-0.92
w:gemeld|bekritiseren|-0.46
w:gemeld|ondervragen|0.96
w:gemengde|adviseren|-0.97
w:gemiddeld|bevelen|-0.99
w:gemiddeld|argumenteren|1.95
w:gemiddeld|geruststellen|-0.99
w:gemiddelde|ik-boodschap|0.95
w:gemiddelde|jij-boodschap|-0.95
w:gemiddelde|bekritiseren|-0.86
w:gemist|ik-boodschap|0.86
w:gemist|bekritiseren|-0.99
w:gemotiveerd|jij-boodschap|0.23
w:gemotiveerd|bekritiseren|-1.66
w:genoeg|moraliseren|-0.98
w:genoeg|adviseren|-0.99
w:genoeg|argumenteren|-0.98
w:genoeg|geruststellen|-0.98
w:genoeg|afleiden|0.99
w:genomen|gevoelsreflectie|0.74
w:genomen|bevelen|-0.96
w:geoefend|adviseren|-0.99
w:gepast|bekritiseren|1.87
w:gepest|parafrase|1.76
w:gepest|interpreteren|0.95
w:gepraat|afronding-aankondigen|0.86
w:geprobeerd|ondervragen|-0.92
w:geraakt|ik-boodschap|0.94
w:geraakt|aanmoediging|1.0
w:gereageerd|parafrase|1.0
w:gereageerd|samenvatting|-1.0
w:gereageerd|bekritiseren|0.94
w:gereageerd|ondervragen|-0.95
w:gerust|adviseren|0.85
w:gerust|geruststellen|0.88
w:geschiedenis|parafrase|-0.96
w:geschorst|jij-boodschap|-0.99
w:geschorst|parafrase|-0.95
w:geschrokken|ik-boodschap|0.78
w:geschrokken|gevoelsreflectie|1.81
w:geschrokken|samenvatting|-0.99
w:geschrokken|open-vraag|-0.99
w:geschrokken|argumenteren|0.88
w:gesprek|ik-boodschap|0.91
w:gesprek|jij-boodschap|-1.77
w:gesprek|gevoelsreflectie|-0.95
w:gesprek|samenvatting|-1.86
w:gesprek|bevelen|0.88
w:gesprek|adviseren|-0.99
w:gesprek|argumenteren|-1.0
w:gesprek|bekritiseren|-1.46
w:gesprek|etiketteren|-0.97
w:gesprek|geruststellen|-1.0
w:gesprek|ondervragen|0.93
w:gesprek|afronding-aankondigen|0.96
w:gesprek|vervolgafspraak|0.34
w:gestolen|parafrase|-0.99
w:gestrest|gevoelsreflectie|0.88
w:gestuurd|open-vraag|-0.99
w:gevallen|ik-boodschap|0.94
w:geven|parafrase|-0.95
w:geven|gevoelsreflectie|-0.94
w:geven|bevelen|-0.97
w:geven|waarschuwen|-0.97
w:geven|bekritiseren|-0.89
w:geven|prijzen|-0.81
w:geven|geruststellen|-0.83
w:gevolgen|waarschuwen|0.93
w:gevolgen|moraliseren|0.98
w:gevolgen|adviseren|-0.98
w:geweest|gevoelsreflectie|1.88
w:geweest|adviseren|-1.0
w:geweest|bekritiseren|-0.27
w:geweest|etiketteren|-0.72
w:geweest|geruststellen|-0.94
w:geweest|afronding-aankondigen|1.0
w:geweest|bedanken|-0.89
w:geweldige|bekritiseren|4.08
w:geweldige|bedanken|-3.52
w:gewend|geruststellen|0.94
w:gewerkt|bekritiseren|-0.89
w:gewogen|bevelen|-0.99
w:gewogen|argumenteren|0.99
w:gewond|ik-boodschap|0.99
w:gewoon|ik-boodschap|-1.0
w:gewoon|jij-boodschap|0.33
w:gewoon|samenvatting|-0.82
w:gewoon|bevelen|-0.12
w:gewoon|waarschuwen|-0.99
w:gewoon|adviseren|0.82
w:gewoon|argumenteren|1.39
w:gewoon|bekritiseren|-3.2
w:gewoon|prijzen|0.81
w:gewoon|interpreteren|2.04
w:gewoon|afleiden|-0.89
w:gewoon|bedanken|-0.87
w:geworden|jij-boodschap|0.51
w:geworden|interpreteren|0.78
w:geworden|ondervragen|-0.94
w:gezegd|ik-boodschap|-0.93
w:gezegd|jij-boodschap|0.94
w:gezegd|aanmoediging|-0.98
w:gezegd|waarschuwen|-1.0
w:gezegd|bekritiseren|0.97
w:gezegd|interpreteren|-1.0
w:gezegd|ondervragen|0.96
w:gezegd|vervolgafspraak|-1.97
w:gezien|jij-boodschap|-0.95
w:gezien|argumenteren|0.87
w:gezien|bekritiseren|-0.86
w:gezien|interpreteren|0.96
w:gezien|afleiden|0.99
w:gijs|ik-boodschap|0.96
w:gijs|vervolgafspraak|-0.96
w:ging|samenvatting|1.0
w:ging|adviseren|-1.0
w:ging|geruststellen|-1.97
w:ging|afleiden|-0.99
w:ging|afronding-aankondigen|-1.0
w:gisteren|ik-boodschap|0.94
w:gisteren|jij-boodschap|-0.96
w:gisteren|parafrase|-1.0
w:gisteren|gevoelsreflectie|-0.9
w:gisteren|samenvatting|-0.95
w:gisteren|bekritiseren|-1.0
w:gisteren|bedanken|-0.94
w:goed|ik-boodschap|-3.7
w:goed|jij-boodschap|-1.02
w:goed|parafrase|1.21
w:goed|gevoelsreflectie|0.77
w:goed|samenvatting|-1.67
w:goed|open-vraag|-0.96
w:goed|aanmoediging|-0.87
w:goed|waarschuwen|-1.93
w:goed|adviseren|-0.97
w:goed|argumenteren|-0.98
w:goed|bekritiseren|-1.54
w:goed|prijzen|1.24
w:goed|interpreteren|-0.15
w:goed|geruststellen|1.58
w:goed|ondervragen|-1.92
w:goed|afleiden|-0.84
w:goed|vervolgafspraak|-1.97
w:goed|bedanken|-0.94
w:goede|parafrase|-1.0
w:goede|samenvatting|-1.0
w:goede|open-vraag|-1.0
w:goede|moraliseren|1.0
w:goede|adviseren|-1.91
w:goede|argumenteren|-0.99
w:goede|bekritiseren|-2.0
w:goede|prijzen|1.0
w:goede|etiketteren|-0.87
w:goede|interpreteren|-1.0
w:goedemiddag|bevelen|-0.95
w:goedemiddag|bekritiseren|0.94
w:graag|parafrase|-0.95
w:graag|gevoelsreflectie|-0.91
w:graag|aanmoediging|-0.96
w:graag|vervolgafspraak|-0.99
w:graag|bedanken|-0.85
w:grapjes|interpreteren|1.7
w:grens|jij-boodschap|-0.41
w:grenzen|moraliseren|0.93
w:grenzen|bekritiseren|0.21
w:grenzen|interpreteren|0.99
w:grijpen|bekritiseren|0.25
w:groeit|geruststellen|0.99
w:groep|ik-boodschap|0.93
w:groep|jij-boodschap|1.54
w:groep|gevoelsreflectie|0.95
w:groep|bekritiseren|0.44
w:groep|etiketteren|0.96
w:groepsapp|samenvatting|0.72
w:groepsgenoten|bekritiseren|0.55
w:groepsopdracht|gevoelsreflectie|-0.96
w:grote|bekritiseren|0.31
w:grote|afleiden|-0.87
w:gunt|bekritiseren|0.92
w:gym|ik-boodschap|0.89
w:gym|bevelen|-0.91
w:gymdocent|jij-boodschap|-0.73
w:gymdocent|open-vraag|0.95
w:gymdocent|argumenteren|-0.96
w:gymdocent|bekritiseren|-0.95
w:gymles|ik-boodschap|0.78
w:gymles|gevoelsreflectie|1.84
w:gymspullen|bevelen|1.0
w:gymspullen|waarschuwen|-1.0
w:haalde|argumenteren|0.96
w:haalt|gevoelsreflectie|-0.83
w:haalt|samenvatting|0.73
w:haalt|waarschuwen|-0.92
w:haalt|argumenteren|0.3
w:haalt|geruststellen|1.9
w:haalt|afleiden|0.9
w:haalt|vervolgafspraak|-0.99
w:haar|ik-boodschap|1.17
w:haar|parafrase|-0.9
w:haar|gevoelsreflectie|1.12
w:haar|samenvatting|-0.99
w:haar|open-vraag|0.96
w:haar|waarschuwen|-1.99
w:haar|moraliseren|-0.93
w:haar|adviseren|0.81
w:haar|bekritiseren|-4.75
w:haar|etiketteren|-1.0
w:haar|interpreteren|1.13
w:haar|geruststellen|-0.12
w:haar|afleiden|-1.0
w:had|ik-boodschap|-0.92
w:had|parafrase|2.88
w:had|samenvatting|-0.73
w:had|waarschuwen|-0.96
w:had|adviseren|-0.99
w:had|argumenteren|0.97
w:had|bekritiseren|1.4
w:had|geruststellen|-0.92
w:hadden|bekritiseren|0.96
w:haha|moraliseren|-0.98
w:haha|argumenteren|-0.98
w:haha|geruststellen|-0.98
w:haha|afleiden|0.98
w:halen|open-vraag|-1.0
w:halen|argumenteren|0.87
w:halen|prijzen|0.99
w:halen|interpreteren|-0.66
w:half|gevoelsreflectie|0.88
w:half|adviseren|-0.9
w:half|afleiden|-0.9
w:half|vervolgafspraak|0.92
w:half|bedanken|1.82
w:halverwege|ik-boodschap|0.91
w:hamza|open-vraag|-1.0
w:hamza|geruststellen|-1.0
w:hand|jij-boodschap|0.89
w:hand|bekritiseren|0.89
w:hand|geruststellen|-0.25
w:handige|bekritiseren|0.84
w:hard|adviseren|-0.99
w:hard|bekritiseren|-0.89
w:hardop|waarschuwen|-0.99
w:harte|etiketteren|-0.96
w:hartelijk|parafrase|-1.0
w:hartelijk|open-vraag|-1.0
w:hartelijk|aanmoediging|-1.0
w:hartelijk|bedanken|1.0
w:havo|waarschuwen|0.95
w:havo|vervolgafspraak|-0.99
w:he|bevelen|-0.97
w:he|moraliseren|-0.98
w:he|argumenteren|-0.98
w:he|bekritiseren|-0.66
w:he|geruststellen|-0.98
w:he|afleiden|1.9
w:heb|ik-boodschap|-0.92
w:heb|jij-boodschap|-0.95
w:heb|gevoelsreflectie|0.1
w:heb|samenvatting|-1.0
w:heb|open-vraag|-1.96
w:heb|waarschuwen|-0.91
w:heb|adviseren|-0.99
w:heb|argumenteren|1.04
w:heb|bekritiseren|-1.9
w:heb|interpreteren|0.84
w:hebben|jij-boodschap|-0.46
w:hebben|gevoelsreflectie|-0.74
w:hebben|samenvatting|-0.75
w:hebben|open-vraag|-1.0
w:hebben|bevelen|-1.0
w:hebben|moraliseren|2.76
w:hebben|adviseren|-0.98
w:hebben|argumenteren|-0.99
w:hebben|bekritiseren|0.33
w:hebben|prijzen|-0.99
w:hebben|etiketteren|0.95
w:hebben|interpreteren|-1.0
w:hebben|afleiden|2.92
w:hebben|afronding-aankondigen|-1.78
w:hebben|vervolgafspraak|-0.99
w:hebben|bedanken|-1.0
w:hebt|ik-boodschap|0.95
w:hebt|jij-boodschap|1.57
w:hebt|gevoelsreflectie|-0.92
w:hebt|samenvatting|-1.79
w:hebt|open-vraag|-0.99
w:hebt|bevelen|-1.9
w:hebt|bekritiseren|3.42
w:hebt|interpreteren|-0.89
w:hebt|geruststellen|-0.97
w:hebt|ondervragen|-0.81
w:heeft|ik-boodschap|0.93
w:heeft|jij-boodschap|-1.39
w:heeft|parafrase|1.67
w:heeft|samenvatting|-0.9
w:heeft|open-vraag|-0.98
w:heeft|aanmoediging|-1.0
w:heeft|bevelen|-0.99
w:heeft|moraliseren|-0.95
w:heeft|adviseren|-0.92
w:heeft|argumenteren|0.88
w:heeft|prijzen|-0.88
w:heeft|etiketteren|-1.82
w:heeft|geruststellen|-0.65
w:heeft|ondervragen|0.91
w:heeft|afleiden|-0.92
w:heeft|afronding-aankondigen|-2.0
w:heeft|vervolgafspraak|-3.2
w:heel|ik-boodschap|-0.98
w:heel|jij-boodschap|-0.68
w:heel|gevoelsreflectie|0.99
w:heel|adviseren|-0.99
w:heel|argumenteren|0.98
w:heel|bekritiseren|2.56
w:heel|prijzen|0.92
w:heel|etiketteren|-0.95
w:heel|geruststellen|-0.27
w:heel|afleiden|-0.94
w:heel|bedanken|-1.76
w:heen|gevoelsreflectie|0.94
w:heen|bevelen|-0.98
w:heimwee|interpreteren|0.98
w:heimwee|geruststellen|0.86
w:hek|bevelen|0.98
w:helaas|afronding-aankondigen|0.95
w:helaas|vervolgafspraak|-0.99
w:held|etiketteren|0.95
w:held|afleiden|-0.87
w:hele|ik-boodschap|0.93
w:hele|jij-boodschap|0.23
w:hele|parafrase|0.97
w:hele|gevoelsreflectie|-0.9
w:hele|samenvatting|-0.95
w:hele|aanmoediging|-0.73
w:hele|bevelen|0.9
w:hele|argumenteren|-0.99
w:hele|bekritiseren|-0.98
w:helemaal|gevoelsreflectie|0.95
w:helemaal|aanmoediging|-0.94
w:helemaal|adviseren|-1.0
w:helemaal|bekritiseren|-1.25
w:helemaal|geruststellen|1.43
w:helemaal|afleiden|-0.97
w:helft|vervolgafspraak|-0.92
w:helikopterouder|prijzen|-0.98
w:helikopterouders|bevelen|-0.93
w:helikopterouders|bekritiseren|-0.89
w:helpen|gevoelsreflectie|-1.06
w:helpen|open-vraag|0.97
w:helpen|moraliseren|-0.98
w:helpen|adviseren|0.9
w:helpen|bekritiseren|-0.36
w:helpen|prijzen|0.95
w:helpt|adviseren|0.99
w:helpt|vervolgafspraak|0.31
w:hem|gevoelsreflectie|-1.74
w:hem|open-vraag|1.03
w:hem|bevelen|1.75
w:hem|moraliseren|-1.05
w:hem|adviseren|2.86
w:hem|argumenteren|-0.98
w:hem|prijzen|-0.99
w:hem|geruststellen|-0.93
w:hem|ondervragen|-0.99
w:hem|vervolgafspraak|-1.6
w:hem|bedanken|0.79
w:herfstvakantie|ik-boodschap|0.96
w:herfstvakantie|jij-boodschap|-1.52
w:herfstvakantie|bekritiseren|-2.16
w:herhalen|open-vraag|0.99
w:herkansing|ik-boodschap|0.86
w:herkansing|samenvatting|0.95
w:herkansing|argumenteren|0.91
w:herkansing|geruststellen|0.97
w:herkansing|vervolgafspraak|0.36
w:het|ik-boodschap|-1.76
w:het|parafrase|-0.94
w:het|gevoelsreflectie|-2.49
w:het|samenvatting|1.73
w:het|open-vraag|-2.92
w:het|aanmoediging|-1.65
w:het|bevelen|-2.9
w:het|waarschuwen|-2.24
w:het|moraliseren|-0.15
w:het|adviseren|-0.1
w:het|argumenteren|0.17
w:het|bekritiseren|-1.14
w:het|prijzen|-3.45
w:het|etiketteren|-1.97
w:het|interpreteren|1.1
w:het|geruststellen|-0.24
w:het|ondervragen|-1.99
w:het|afronding-aankondigen|-1.24
w:hetzelfde|ik-boodschap|0.95
w:heus|gevoelsreflectie|-0.83
w:heus|geruststellen|1.58
w:hielp|ik-boodschap|1.93
w:hielp|interpreteren|-0.99
w:hier|ik-boodschap|-1.95
w:hier|jij-boodschap|1.01
w:hier|gevoelsreflectie|-0.17
w:hier|samenvatting|-1.81
w:hier|bevelen|-0.82
w:hier|moraliseren|-0.21
w:hier|bekritiseren|0.65
w:hier|prijzen|0.93
w:hier|interpreteren|-0.77
w:hier|geruststellen|-1.0
w:hier|afleiden|-0.99
w:hier|afronding-aankondigen|4.58
w:hier|vervolgafspraak|-1.68
w:hier|bedanken|0.9
w:hierbij|samenvatting|0.83
w:hierbij|bekritiseren|-0.94
w:hierbij|afronding-aankondigen|1.79
w:hiermee|waarschuwen|0.96
w:hiermee|interpreteren|-0.96
w:hierop|ik-boodschap|-0.99
w:hij|ik-boodschap|-0.13
w:hij|parafrase|-0.17
w:hij|gevoelsreflectie|-0.8
w:hij|samenvatting|1.68
w:hij|open-vraag|-2.94
w:hij|aanmoediging|-1.89
w:hij|bevelen|-1.97
w:hij|waarschuwen|0.23
w:hij|moraliseren|-1.0
w:hij|adviseren|-0.99
w:hij|argumenteren|0.48
w:hij|bekritiseren|-1.94
w:hij|etiketteren|-1.03
w:hij|interpreteren|1.77
w:hij|geruststellen|-0.94
w:hij|afleiden|-2.0
w:hij|vervolgafspraak|-3.6
w:hij|bedanken|-1.1
w:hm|aanmoediging|1.77
w:hoe|jij-boodschap|-1.81
w:hoe|parafrase|-2.72
w:hoe|gevoelsreflectie|-1.9
w:hoe|samenvatting|0.79
w:hoe|open-vraag|3.89
w:hoe|aanmoediging|-1.95
w:hoe|adviseren|-1.12
w:hoe|bekritiseren|-1.08
w:hoe|prijzen|-1.83
w:hoe|geruststellen|-1.01
w:hoe|ondervragen|-0.95
w:hoe|afleiden|0.82
w:hoe|afronding-aankondigen|-2.96
w:hoe|vervolgafspraak|0.98
w:hoe|bedanken|-0.99
w:hoeft|moraliseren|-0.92
w:hoeft|geruststellen|1.01
w:hoeveel|ondervragen|1.0
w:hoeveel|bedanken|-1.0
w:hoezo|ondervragen|0.99
w:hoi|jij-boodschap|-0.92
w:hoi|bevelen|-1.8
w:hoi|bekritiseren|-0.58
w:hoi|prijzen|-0.92
w:hond|afleiden|0.86
w:hoofd|ik-boodschap|-0.92
w:hoofd|open-vraag|1.0
w:hoog|bekritiseren|0.35
w:hoogte|ik-boodschap|-0.93
w:hoogte|parafrase|1.0
w:hoogte|moraliseren|0.93
w:hoogte|prijzen|0.95
w:hoogte|ondervragen|0.99
w:hoogte|bedanken|0.79
w:hoor|parafrase|-0.94
w:hoor|gevoelsreflectie|0.77
w:hoor|samenvatting|-0.94
w:hoor|open-vraag|-0.98
w:hoor|aanmoediging|0.98
w:hoor|bevelen|-0.96
w:hoor|prijzen|1.04
w:hoor|etiketteren|0.14
w:hoor|interpreteren|0.62
w:hoor|geruststellen|3.41
w:hoor|ondervragen|0.96
w:hoor|afleiden|-0.87
w:hoor|vervolgafspraak|-1.0
w:hoort|jij-boodschap|-0.76
w:hoort|bevelen|-1.84
w:hoort|moraliseren|2.9
w:hoort|argumenteren|-1.8
w:hoort|bekritiseren|-4.32
w:hoort|prijzen|-0.99
w:hoort|interpreteren|-1.7
w:hoort|geruststellen|-0.94
w:hoort|afleiden|1.91
w:horen|ik-boodschap|-0.93
w:horen|parafrase|0.9
w:horen|samenvatting|-0.91
w:horen|open-vraag|-0.99
w:horen|moraliseren|1.88
w:horen|adviseren|0.16
w:horen|bekritiseren|-2.57
w:horen|vervolgafspraak|1.98
w:hou|bevelen|0.9
w:houd|samenvatting|0.94
w:houd|bedanken|0.79
w:houden|aanmoediging|-0.97
w:houden|bevelen|0.93
w:houden|bekritiseren|-0.74
w:houden|prijzen|-0.92
w:houden|bedanken|0.9
w:houdt|ik-boodschap|-0.99
w:houdt|samenvatting|-0.99
w:houdt|bekritiseren|-0.95
w:houdt|geruststellen|-0.11
w:houdt|vervolgafspraak|0.99
w:huis|ik-boodschap|-0.99
w:huis|gevoelsreflectie|-0.99
w:huis|open-vraag|-0.9
w:huis|waarschuwen|-0.99
w:huis|afleiden|0.9
w:huisarts|ik-boodschap|0.94
w:huisarts|samenvatting|0.93
w:huisarts|prijzen|-0.94
w:huisarts|vervolgafspraak|0.81
w:huiswek|ik-boodschap|-0.94
w:huiswek|samenvatting|-0.84
w:huiswerk|parafrase|0.98
w:huiswerk|gevoelsreflectie|-1.0
w:huiswerk|samenvatting|1.97
w:huiswerk|bevelen|-0.97
w:huiswerk|moraliseren|1.83
w:huiswerk|argumenteren|-0.99
w:huiswerk|bekritiseren|0.43
w:huiswerk|prijzen|-0.97
w:huiswerk|interpreteren|-0.9
w:huiswerk|geruststellen|-1.92
w:huiswerk|ondervragen|1.0
w:huiswerk|afleiden|-0.98
w:huiswerkbegeleiding|bevelen|-0.99
w:huiswerkbegeleiding|adviseren|0.99
w:huiswerkbegeleiding|bekritiseren|0.83
w:huiswerkbegeleiding|ondervragen|-0.99
w:huiswerkklas|ik-boodschap|-0.95
w:huiswerkklas|parafrase|-0.91
w:huiswerkklas|samenvatting|0.86
w:huiswerkklas|adviseren|0.98
w:huiswerkklas|ondervragen|-1.0
w:huiswerkklas|vervolgafspraak|-1.0
w:huiswerkopdracht|ik-boodschap|0.96
w:huiswerkopdracht|jij-boodschap|-1.52
w:huiswerkopdracht|open-vraag|-1.0
w:huiswerkopdracht|bekritiseren|-1.27
w:huiswerkopdracht|geruststellen|-1.0
w:huiswerkritme|prijzen|0.97
w:huiswerktijd|adviseren|0.99
w:huiswerktijd|vervolgafspraak|0.99
w:huiswerkuur|argumenteren|-0.99
w:hulp|parafrase|-1.0
w:hulp|samenvatting|1.0
w:hulp|adviseren|0.96
w:hulp|prijzen|0.97
w:hun|ik-boodschap|0.99
w:hun|waarschuwen|-0.99
w:hysterisch|bevelen|1.74
w:hè|gevoelsreflectie|0.95
w:hè|etiketteren|0.99
w:hé|afleiden|-0.86
w:idee|parafrase|0.81
w:idee|interpreteren|1.7
w:ideeën|open-vraag|0.99
w:iedereen|jij-boodschap|1.9
w:iedereen|samenvatting|-0.82
w:iedereen|open-vraag|-0.99
w:iedereen|argumenteren|1.02
w:iedereen|bekritiseren|0.96
w:iedereen|etiketteren|-0.97
w:iedereen|geruststellen|-1.02
w:iedereen|afleiden|1.74
w:iemand|jij-boodschap|-1.81
w:iemand|bevelen|-0.93
w:iemand|moraliseren|2.68
w:iemand|bekritiseren|-1.58
w:iets|parafrase|-0.99
w:iets|bevelen|-1.0
w:iets|waarschuwen|-0.76
w:iets|adviseren|-0.99
w:iets|bekritiseren|0.88
w:iets|geruststellen|-0.59
w:iets|ondervragen|-1.0
w:iets|afleiden|1.0
w:iets|afronding-aankondigen|-0.98
w:ik|ik-boodschap|1.09
w:ik|jij-boodschap|-0.65
w:ik|parafrase|-0.93
w:ik|gevoelsreflectie|-2.75
w:ik|samenvatting|-1.19
w:ik|open-vraag|-1.94
w:ik|bevelen|-0.94
w:ik|waarschuwen|1.34
w:ik|moraliseren|-1.97
w:ik|adviseren|-0.34
w:ik|argumenteren|-2.75
w:ik|bekritiseren|-1.21
w:ik|prijzen|-1.05
w:ik|etiketteren|-1.0
w:ik|geruststellen|-1.27
w:ik|ondervragen|-1.95
w:ik|afleiden|-1.02
w:ik|afronding-aankondigen|1.04
w:ik|vervolgafspraak|0.36
w:ik|bedanken|-0.31
w:in|ik-boodschap|0.21
w:in|jij-boodschap|0.77
w:in|gevoelsreflectie|-1.14
w:in|samenvatting|0.9
w:in|open-vraag|-0.91
w:in|aanmoediging|-0.87
w:in|bevelen|0.69
w:in|waarschuwen|-1.12
w:in|moraliseren|0.75
w:in|adviseren|-1.83
w:in|bekritiseren|1.1
w:in|prijzen|-1.0
w:in|etiketteren|-0.99
w:in|interpreteren|-1.79
w:in|afleiden|0.11
w:in|afronding-aankondigen|0.99
w:in|vervolgafspraak|-2.02
w:in|bedanken|0.9
w:incident|afleiden|0.91
w:informatie|parafrase|-0.99
w:ingehaald|ondervragen|-0.81
w:ingeleverd|ik-boodschap|0.95
w:ingeleverd|jij-boodschap|-0.95
w:ingeleverd|open-vraag|-1.0
w:ingeleverd|bekritiseren|-1.38
w:ingeleverd|prijzen|-0.92
w:ingeleverd|geruststellen|-1.0
w:ingelevert|ik-boodschap|0.96
w:ingelevert|jij-boodschap|-1.52
w:ingelevert|bekritiseren|-1.27
w:ingelicht|gevoelsreflectie|0.91
w:ingelicht|prijzen|-0.91
w:inhalen|ik-boodschap|-0.87
w:inhalen|moraliseren|-0.99
w:inhalen|etiketteren|-0.99
w:inlevert|parafrase|-0.95
w:inlevert|waarschuwen|1.87
w:inlevert|moraliseren|-0.95
w:inlevert|bekritiseren|-0.98
w:inlevert|geruststellen|-1.0
w:innemen|gevoelsreflectie|-0.88
w:inschakelen|waarschuwen|0.97
w:instructie|samenvatting|-0.99
w:instructie|open-vraag|-0.99
w:inzet|bekritiseren|2.31
w:inzet|bedanken|-1.75
w:irritant|afleiden|-0.91
w:irriteert|ik-boodschap|1.0
w:irriteert|waarschuwen|-1.0
w:irriteert|interpreteren|-1.0
w:is|ik-boodschap|1.8
w:is|jij-boodschap|-0.97
w:is|parafrase|0.1
w:is|gevoelsreflectie|-0.93
w:is|samenvatting|-2.36
w:is|open-vraag|-2.98
w:is|aanmoediging|-0.98
w:is|waarschuwen|-1.37
w:is|moraliseren|-0.96
w:is|adviseren|-2.13
w:is|argumenteren|1.07
w:is|bekritiseren|-1.34
w:is|etiketteren|-0.26
w:is|interpreteren|-0.46
w:is|geruststellen|-1.9
w:is|ondervragen|-1.96
w:is|vervolgafspraak|-2.07
w:is|bedanken|-2.89
w:isa|parafrase|-0.9
w:ja|gevoelsreflectie|-0.99
w:ja|open-vraag|-1.0
w:ja|aanmoediging|1.13
w:ja|moraliseren|-0.98
w:ja|argumenteren|-1.9
w:ja|etiketteren|1.08
w:ja|interpreteren|-1.0
w:ja|geruststellen|-0.98
w:ja|afleiden|1.11
w:jaar|jij-boodschap|-0.92
w:jaar|waarschuwen|0.93
w:jaar|geruststellen|-1.0
w:jaar|ondervragen|-1.0
w:jaar|vervolgafspraak|-0.99
w:jaarplanning|argumenteren|1.94
w:jammer|ik-boodschap|1.11
w:jammer|gevoelsreflectie|-0.96
w:jammer|open-vraag|0.97
w:jammer|geruststellen|-0.97
w:jammer|vervolgafspraak|0.87
w:jansen|bekritiseren|-1.62
w:jassen|bevelen|1.0
w:jayden|ik-boodschap|-1.87
w:jayden|jij-boodschap|-0.73
w:jayden|gevoelsreflectie|0.91
w:jayden|samenvatting|0.91
w:jayden|open-vraag|0.95
w:jayden|bekritiseren|-0.95
w:je|ik-boodschap|1.77
w:je|jij-boodschap|-0.7
w:je|parafrase|-1.1
w:je|gevoelsreflectie|-1.16
w:je|samenvatting|-0.53
w:je|open-vraag|-1.96
w:je|aanmoediging|-1.93
w:je|bevelen|-0.24
w:je|adviseren|-1.06
w:je|argumenteren|-1.83
w:je|bekritiseren|-2.28
w:je|prijzen|-1.83
w:je|etiketteren|-2.09
w:je|interpreteren|0.33
w:je|geruststellen|-0.85
w:je|ondervragen|-0.83
w:je|afleiden|-1.92
w:je|afronding-aankondigen|1.44
w:je|vervolgafspraak|0.44
w:je|bedanken|-0.91
w:jesse|parafrase|0.84
w:jesse|samenvatting|-0.77
w:jesse|aanmoediging|-1.0
w:jesse|bevelen|0.12
w:jesse|bekritiseren|-0.89
w:jesse|prijzen|-1.0
w:jij|ik-boodschap|0.94
w:jij|jij-boodschap|3.53
w:jij|parafrase|-0.91
w:jij|gevoelsreflectie|0.95
w:jij|samenvatting|-0.87
w:jij|aanmoediging|-1.0
w:jij|bevelen|0.9
w:jij|waarschuwen|-1.0
w:jij|moraliseren|0.99
w:jij|adviseren|-1.94
w:jij|bekritiseren|1.59
w:jij|prijzen|1.05
w:jij|etiketteren|-0.14
w:jij|interpreteren|-1.84
w:jij|geruststellen|0.66
w:jij|ondervragen|-1.0
w:jij|afleiden|-1.9
w:jij|afronding-aankondigen|-1.0
w:joep|ik-boodschap|-0.99
w:joep|jij-boodschap|1.42
w:joep|waarschuwen|0.99
w:joep|bekritiseren|1.88
w:joh|jij-boodschap|-1.0
w:joh|gevoelsreflectie|0.97
w:joh|bekritiseren|-1.0
w:joh|geruststellen|0.94
w:joh|afleiden|-0.89
w:jongen|moraliseren|-0.99
w:jongen|bekritiseren|-0.97
w:jongen|prijzen|0.99
w:jongen|etiketteren|0.88
w:jou|ik-boodschap|-0.95
w:jou|samenvatting|-0.82
w:jou|open-vraag|0.9
w:jou|bekritiseren|1.45
w:jou|etiketteren|-0.72
w:jou|geruststellen|-0.97
w:jouw|adviseren|0.94
w:jullie|ik-boodschap|2.89
w:jullie|jij-boodschap|1.13
w:jullie|parafrase|1.0
w:jullie|waarschuwen|-1.84
w:jullie|moraliseren|-1.0
w:jullie|adviseren|-0.96
w:jullie|argumenteren|-0.98
w:jullie|bekritiseren|0.94
w:jullie|prijzen|0.83
w:jullie|etiketteren|-0.95
w:kader|adviseren|-0.97
w:kamer|ik-boodschap|0.96
w:kamer|bekritiseren|-0.83
w:kamer|vervolgafspraak|-0.99
w:kamp|gevoelsreflectie|0.95
w:kamp|samenvatting|0.84
w:kamp|waarschuwen|0.11
w:kamp|bekritiseren|-0.84
w:kamp|ondervragen|-1.0
w:kamp|afleiden|0.91
w:kampweek|parafrase|-0.93
w:kampweek|samenvatting|0.93
w:kan|ik-boodschap|3.77
w:kan|jij-boodschap|0.96
w:kan|parafrase|-0.95
w:kan|gevoelsreflectie|0.94
w:kan|open-vraag|0.98
w:kan|aanmoediging|-0.96
w:kan|bevelen|-1.91
w:kan|waarschuwen|0.23
w:kan|argumenteren|-1.06
w:kan|bekritiseren|-0.56
w:kan|prijzen|1.96
w:kan|etiketteren|-0.81
w:kan|interpreteren|-0.99
w:kan|geruststellen|-1.97
w:kan|vervolgafspraak|0.26
w:kans|ik-boodschap|0.8
w:kans|samenvatting|0.87
w:kans|bekritiseren|0.92
w:kant|parafrase|-1.0
w:kantoor|vervolgafspraak|0.96
w:keer|ik-boodschap|-0.8
w:keer|parafrase|-0.95
w:keer|gevoelsreflectie|-0.92
w:keer|samenvatting|0.73
w:keer|bevelen|-1.69
w:keer|waarschuwen|0.91
w:keer|moraliseren|-0.92
w:keer|argumenteren|0.94
w:keer|bekritiseren|-1.08
w:keer|prijzen|-0.97
w:keer|afleiden|1.0
w:keer|vervolgafspraak|0.73
w:keer|bedanken|1.0
w:kennen|argumenteren|0.99
w:kerst|jij-boodschap|-1.0
w:kerst|bekritiseren|-1.0
w:keuken|waarschuwen|-0.87
w:keuken|adviseren|1.97
w:keulen|samenvatting|-0.93
w:keuze|bekritiseren|0.84
w:keuzevak|open-vraag|-0.91
w:kevin|ik-boodschap|0.94
w:kevin|bekritiseren|0.47
w:kevin|etiketteren|-0.88
w:kiezen|bekritiseren|-0.76
w:kiezen|vervolgafspraak|-0.99
w:kijk|ik-boodschap|0.16
w:kijk|jij-boodschap|-0.98
w:kijk|open-vraag|0.99
w:kijk|bevelen|0.94
w:kijk|waarschuwen|-1.0
w:kijk|argumenteren|1.72
w:kijk|bekritiseren|-1.55
w:kijk|etiketteren|-0.97
w:kijk|vervolgafspraak|1.0
w:kijken|ik-boodschap|-0.98
w:kijken|parafrase|-0.91
w:kijken|samenvatting|1.72
w:kijken|afronding-aankondigen|-0.96
w:kijken|vervolgafspraak|0.15
w:kijken|bedanken|-1.0
w:kijkt|jij-boodschap|-0.73
w:kijkt|parafrase|-1.0
w:kijkt|gevoelsreflectie|2.69
w:kijkt|open-vraag|0.91
w:kijkt|bevelen|-0.98
w:kijkt|adviseren|-0.99
w:kijkt|bekritiseren|-0.95
w:kind|jij-boodschap|-0.93
w:kind|parafrase|-1.0
w:kind|moraliseren|2.96
w:kind|adviseren|-0.98
w:kind|argumenteren|-0.96
w:kind|bekritiseren|-1.0
w:kinderachtig|jij-boodschap|-1.0
w:kinderachtig|moraliseren|-1.0
w:kinderachtig|etiketteren|1.0
w:kinderen|parafrase|-1.0
w:kinderen|open-vraag|-0.96
w:kinderen|adviseren|-0.83
w:kinderen|argumenteren|-0.98
w:kinderen|geruststellen|1.87
w:kinderen|afleiden|-0.94
w:klaagt|parafrase|1.0
w:klaagt|gevoelsreflectie|-1.0
w:klaagt|open-vraag|1.0
w:klaar|ik-boodschap|-0.99
w:klaar|gevoelsreflectie|-0.93
w:klaar|aanmoediging|-0.94
w:klaar|bevelen|0.92
w:klaar|prijzen|-0.99
w:klaar|afronding-aankondigen|-0.96
w:klas|jij-boodschap|-0.83
w:klas|parafrase|0.86
w:klas|gevoelsreflectie|-0.9
w:klas|samenvatting|-1.56
w:klas|open-vraag|2.95
w:klas|aanmoediging|-0.87
w:klas|bevelen|0.9
w:klas|adviseren|-0.97
w:klas|argumenteren|-0.83
w:klas|bekritiseren|-1.24
w:klas|prijzen|0.97
w:klas|interpreteren|-0.32
w:klas|geruststellen|1.01
w:klas|vervolgafspraak|-0.98
w:klas|bedanken|-0.94
w:klasgenoot|ik-boodschap|0.94
w:klasgenoten|jij-boodschap|0.92
w:klassen|vervolgafspraak|-0.99
w:kletsen|vervolgafspraak|-0.99
w:kleuter|jij-boodschap|0.91
w:kleuter|etiketteren|0.91
w:kleuterachtig|bekritiseren|-0.81
w:kleuterachtig|etiketteren|1.77
w:klieren|argumenteren|-0.99
w:klieren|bekritiseren|0.99
w:klieren|etiketteren|-0.99
w:klinkt|ik-boodschap|-1.98
w:klinkt|jij-boodschap|-1.0
w:klinkt|parafrase|-1.97
w:klinkt|gevoelsreflectie|2.93
w:klinkt|samenvatting|-1.0
w:klinkt|open-vraag|-1.0
w:klinkt|aanmoediging|-1.0
w:klinkt|bevelen|-1.0
w:klinkt|waarschuwen|-1.0
w:klinkt|moraliseren|-1.0
w:klinkt|adviseren|-1.0
w:klinkt|argumenteren|-1.0
w:klinkt|bekritiseren|-1.0
w:klinkt|prijzen|-1.0
w:klinkt|etiketteren|-1.0
w:klinkt|interpreteren|-1.0
w:klinkt|geruststellen|-1.0
w:klinkt|ondervragen|-1.0
w:klinkt|afleiden|-1.0
w:klinkt|afronding-aankondigen|-1.0
w:klinkt|vervolgafspraak|-1.0
w:klinkt|bedanken|-1.0
w:klopt|samenvatting|0.95
w:klopt|aanmoediging|-0.98
w:klopt|argumenteren|0.99
w:klopt|geruststellen|-0.87
w:kluisjes|ik-boodschap|0.85
w:kluisjes|open-vraag|-0.97
w:knap|bekritiseren|-0.92
w:knap|prijzen|0.97
w:koffie|ondervragen|-0.96
w:koffie|afleiden|0.98
w:kom|ik-boodschap|1.88
w:kom|waarschuwen|-1.88
w:kom|moraliseren|-0.93
w:kom|argumenteren|0.98
w:kom|bekritiseren|-0.18
w:kom|interpreteren|-1.0
w:kom|ondervragen|-0.98
w:kom|afleiden|0.86
w:komen|ik-boodschap|-0.99
w:komen|jij-boodschap|-0.76
w:komen|adviseren|-0.12
w:komen|argumenteren|0.94
w:komen|bekritiseren|-0.42
w:kommen|vervolgafspraak|-0.93
w:komst|bekritiseren|-0.94
w:komst|afronding-aankondigen|-0.84
w:komst|bedanken|0.94
w:komt|jij-boodschap|1.75
w:komt|parafrase|-1.81
w:komt|gevoelsreflectie|-1.0
w:komt|samenvatting|0.91
w:komt|bevelen|-2.8
w:komt|moraliseren|-0.95
w:komt|adviseren|-0.97
w:komt|argumenteren|-0.86
w:komt|bekritiseren|1.53
w:komt|prijzen|-0.62
w:komt|interpreteren|0.91
w:komt|geruststellen|2.61
w:komt|ondervragen|0.98
w:komt|afleiden|-1.81
w:komt|vervolgafspraak|-0.88
w:komt|bedanken|-0.99
w:kon|parafrase|0.95
w:kon|gevoelsreflectie|-1.92
w:kon|adviseren|0.99
w:kon|interpreteren|-1.0
w:kon|geruststellen|-0.92
w:kon|vervolgafspraak|0.99
w:kopen|adviseren|0.99
w:kopje|afleiden|0.98
w:kort|parafrase|-1.0
w:kort|samenvatting|1.73
w:kortom|ik-boodschap|-0.99
w:kortom|jij-boodschap|1.07
w:kortom|parafrase|-0.99
w:kortom|gevoelsreflectie|-1.0
w:kortom|samenvatting|2.12
w:kortom|open-vraag|-0.99
w:kortom|bevelen|-0.82
w:kortom|bekritiseren|2.51
w:kortom|ondervragen|-1.0
w:kortom|afleiden|-0.91
w:kortom|afronding-aankondigen|0.99
w:kortom|bedanken|1.04
w:kortzichtige|jij-boodschap|-0.97
w:kortzichtige|argumenteren|-0.84
w:kortzichtige|bekritiseren|0.95
w:kost|open-vraag|0.99
w:kosten|waarschuwen|0.95
w:kreeg|gevoelsreflectie|0.92
w:kreeg|vervolgafspraak|0.92
w:krijg|moraliseren|-0.95
w:krijgen|ik-boodschap|-1.0
w:krijgen|jij-boodschap|-1.0
w:krijgen|bekritiseren|-1.24
w:krijgen|etiketteren|-1.0
w:krijgen|interpreteren|1.0
w:krijgt|parafrase|0.84
w:krijgt|samenvatting|-0.77
w:krijgt|waarschuwen|1.0
w:krijgt|argumenteren|0.91
w:krijgt|bekritiseren|-0.98
w:krijgt|geruststellen|-1.0
w:krijgt|afleiden|-1.96
w:krijgt|vervolgafspraak|0.93
w:krijgt|bedanken|0.9
w:kringetjes|vervolgafspraak|-0.92
w:kritiek|jij-boodschap|1.56
w:kritiek|samenvatting|-0.63
w:kritiek|bekritiseren|1.4
w:kun|ik-boodschap|0.99
w:kun|parafrase|-1.0
w:kun|adviseren|0.97
w:kun|bekritiseren|-1.0
w:kunnen|ik-boodschap|0.1
w:kunnen|jij-boodschap|-0.89
w:kunnen|parafrase|0.95
w:kunnen|open-vraag|-0.96
w:kunnen|waarschuwen|-0.99
w:kunnen|adviseren|1.86
w:kunnen|argumenteren|0.92
w:kunnen|bekritiseren|0.96
w:kunnen|vervolgafspraak|0.95
w:kunt|jij-boodschap|0.93
w:kunt|parafrase|-0.99
w:kunt|gevoelsreflectie|-0.96
w:kunt|open-vraag|0.9
w:kunt|moraliseren|-0.99
w:kunt|adviseren|2.86
w:kunt|bekritiseren|-0.98
w:kunt|prijzen|1.96
w:kunt|etiketteren|-0.99
w:kunt|interpreteren|-0.88
w:kwaad|gevoelsreflectie|1.92
w:kwaad|interpreteren|0.93
w:kwam|open-vraag|-1.0
w:kwam|geruststellen|-0.9
w:kwam|ondervragen|1.0
w:kwart|bevelen|0.98
w:kwartaal|bekritiseren|-0.89
w:kwestie|geruststellen|0.97
w:kwetst|ik-boodschap|0.94
w:kwijt|samenvatting|-1.0
w:kwijt|argumenteren|-0.99
w:laag|parafrase|0.97
w:laag|argumenteren|0.97
w:laars|jij-boodschap|0.58
w:laars|bekritiseren|0.38
w:laat|jij-boodschap|-1.05
w:laat|parafrase|-0.9
w:laat|gevoelsreflectie|-1.97
w:laat|samenvatting|0.73
w:laat|open-vraag|0.89
w:laat|bevelen|-0.84
w:laat|waarschuwen|0.75
w:laat|adviseren|-0.13
w:laat|argumenteren|0.94
w:laat|bekritiseren|-0.62
w:laat|prijzen|-1.91
w:laat|etiketteren|-1.0
w:laat|geruststellen|0.94
w:laat|ondervragen|0.99
w:laat|afleiden|-0.93
w:laatste|waarschuwen|0.63
w:laatste|adviseren|0.99
w:laatste|geruststellen|0.93
w:laatste|ondervragen|-0.93
w:laatste|afleiden|-0.91
w:laatste|vervolgafspraak|0.27
w:lage|samenvatting|0.73
w:laks|bekritiseren|0.95
w:lang|bekritiseren|0.79
w:langs|bekritiseren|-0.92
w:langs|vervolgafspraak|-0.93
w:langskomen|ik-boodschap|-0.98
w:langst|moraliseren|0.96
w:lapt|jij-boodschap|0.58
w:lapt|bekritiseren|0.38
w:laptop|ik-boodschap|1.97
w:laptop|moraliseren|-0.93
w:laptop|adviseren|0.92
w:las|vervolgafspraak|-0.97
w:lastig|gevoelsreflectie|0.17
w:lastig|samenvatting|-1.0
w:lastig|open-vraag|-1.96
w:lastig|adviseren|-0.99
w:lastig|argumenteren|-0.86
w:lastig|bekritiseren|-0.91
w:lastig|prijzen|-0.95
w:lastig|geruststellen|-1.0
w:lastig|vervolgafspraak|-0.99
w:lastige|argumenteren|-0.9
w:lastpak|jij-boodschap|0.97
w:lastpak|etiketteren|0.97
w:lastpak|interpreteren|-0.97
w:lat|bekritiseren|0.35
w:laten|ik-boodschap|1.68
w:laten|parafrase|0.95
w:laten|samenvatting|-1.02
w:laten|bevelen|-1.0
w:laten|moraliseren|-0.93
w:laten|adviseren|-0.13
w:laten|bekritiseren|-0.37
w:laten|interpreteren|0.82
w:laten|geruststellen|-0.96
w:laten|afronding-aankondigen|3.25
w:laten|vervolgafspraak|-1.73
w:laten|bedanken|-1.04
w:later|ik-boodschap|-0.97
w:later|open-vraag|-0.94
w:later|geruststellen|-0.97
w:later|afleiden|0.94
w:leeftijd|moraliseren|-0.95
w:leeftijd|afleiden|0.94
w:leek|jij-boodschap|0.58
w:leek|bekritiseren|0.38
w:leerling|jij-boodschap|-0.68
w:leerling|moraliseren|1.91
w:leerling|etiketteren|-1.92
w:leerlingen|ik-boodschap|-0.84
w:leerlingen|samenvatting|-0.91
w:leerlingen|argumenteren|0.87
w:leerplicht|ik-boodschap|-0.96
w:leerplicht|waarschuwen|0.96
w:leerplichtambtenaar|waarschuwen|0.74
w:leert|argumenteren|0.84
w:leerweg|adviseren|-0.97
w:leest|bekritiseren|0.99
w:leg|bevelen|0.83
w:leg|prijzen|-0.97
w:leggen|ik-boodschap|0.96
w:leggen|waarschuwen|-0.87
w:leggen|adviseren|2.8
w:legt|open-vraag|1.0
w:legt|bekritiseren|0.35
w:lekker|ik-boodschap|0.92
w:lekker|moraliseren|-0.97
w:lekker|bekritiseren|1.11
w:lekker|etiketteren|-0.92
w:lekker|vervolgafspraak|-0.92
w:leraar|moraliseren|0.98
w:leren|jij-boodschap|1.0
w:leren|bevelen|-0.89
w:leren|moraliseren|0.98
w:leren|adviseren|-1.97
w:leren|bekritiseren|1.01
w:leren|etiketteren|1.94
w:leren|interpreteren|-1.0
w:leren|geruststellen|-1.0
w:les|open-vraag|1.01
w:les|bevelen|-1.0
w:les|waarschuwen|-1.0
w:les|argumenteren|-1.94
w:les|etiketteren|-0.99
w:les|geruststellen|-0.96
w:les|bedanken|-0.94
w:lessen|jij-boodschap|-0.41
w:lessen|samenvatting|0.98
w:lessen|bekritiseren|0.94
w:let|samenvatting|1.0
w:let|waarschuwen|0.88
w:let|adviseren|-1.0
w:let|bekritiseren|0.83
w:let|geruststellen|0.99
w:let|afronding-aankondigen|-1.0
w:letten|jij-boodschap|0.99
w:letten|samenvatting|0.94
w:letten|argumenteren|-0.98
w:letten|bekritiseren|-0.96
w:leuk|jij-boodschap|-0.92
w:leuk|samenvatting|-0.95
w:leuk|bekritiseren|-0.58
w:leuk|prijzen|-0.92
w:leuke|prijzen|-0.99
w:leukste|samenvatting|-0.91
w:leven|bevelen|-0.85
w:lever|bevelen|1.73
w:lezen|ik-boodschap|-1.79
w:lezen|parafrase|0.95
w:lichten|vervolgafspraak|0.84
w:liegen|waarschuwen|-0.86
w:liegen|moraliseren|0.95
w:liegen|argumenteren|-0.34
w:lieke|samenvatting|0.6
w:lieke|open-vraag|-1.95
w:lieke|bevelen|-0.98
w:liever|ik-boodschap|-0.96
w:liever|open-vraag|-0.98
w:liever|afleiden|0.91
w:lig|ik-boodschap|-0.99
w:lig|jij-boodschap|1.42
w:lig|waarschuwen|0.99
w:lig|bekritiseren|1.88
w:lig|etiketteren|-1.0
w:liggen|moraliseren|0.95
w:liggen|adviseren|-0.83
w:liggen|argumenteren|-0.96
w:liggen|geruststellen|0.98
w:liggen|afleiden|-0.98
w:liggen|vervolgafspraak|-0.91
w:ligt|ik-boodschap|-0.92
w:ligt|jij-boodschap|-0.93
w:ligt|gevoelsreflectie|1.0
w:ligt|open-vraag|-1.0
w:ligt|interpreteren|0.94
w:ligt|geruststellen|0.99
w:lijkt|gevoelsreflectie|1.97
w:lijkt|adviseren|-0.83
w:lijkt|bekritiseren|-0.8
w:lijkt|geruststellen|0.62
w:lina|ik-boodschap|0.99
w:lina|aanmoediging|0.94
w:lip|waarschuwen|-0.97
w:lip|etiketteren|-0.97
w:logeren|vervolgafspraak|-0.99
w:logisch|argumenteren|0.78
w:logisch|etiketteren|-0.97
w:lokaal|ik-boodschap|0.99
w:lokaal|vervolgafspraak|0.92
w:los|adviseren|-0.99
w:los|bekritiseren|-0.73
w:los|interpreteren|0.82
w:loslaten|prijzen|0.81
w:lossen|argumenteren|-1.0
w:lossen|prijzen|-1.0
w:lossen|interpreteren|-1.0
w:lossen|geruststellen|1.0
w:lossen|bedanken|-1.0
w:lotte|ik-boodschap|0.89
w:lucas|waarschuwen|0.87
w:lui|jij-boodschap|1.29
w:lui|bevelen|-1.0
w:lui|adviseren|-1.0
w:lui|bekritiseren|1.78
w:lui|etiketteren|1.94
w:lui|interpreteren|-0.22
w:lui|geruststellen|0.55
w:luilak|jij-boodschap|0.81
w:luister|aanmoediging|0.94
w:luisteren|gevoelsreflectie|0.99
w:luisteren|bekritiseren|0.97
w:luistert|bevelen|0.82
w:luistert|bekritiseren|1.88
w:lukt|parafrase|0.93
w:lukt|samenvatting|-0.99
w:lukt|adviseren|-1.0
w:lukt|bekritiseren|-1.92
w:lukt|prijzen|1.66
w:lukt|geruststellen|-0.93
w:lunch|ik-boodschap|0.99
w:luuk|jij-boodschap|0.91
w:luuk|adviseren|-0.9
w:luuk|etiketteren|1.9
w:luuk|afleiden|-0.99
w:maak|parafrase|-1.0
w:maak|samenvatting|-0.99
w:maak|open-vraag|-0.99
w:maak|bevelen|0.85
w:maak|bekritiseren|-1.0
w:maak|afleiden|-1.0
w:maak|vervolgafspraak|-0.98
w:maakt|jij-boodschap|-1.0
w:maakt|gevoelsreflectie|1.09
w:maakt|samenvatting|0.93
w:maakt|bevelen|-0.81
w:maakt|bekritiseren|0.45
w:maakt|prijzen|-0.84
w:maakt|etiketteren|0.97
w:maakt|interpreteren|-0.23
w:maakt|geruststellen|-0.83
w:maakt|ondervragen|-1.0
w:maakt|afleiden|-0.91
w:maakt|vervolgafspraak|1.8
w:maakte|open-vraag|0.95
w:maand|samenvatting|1.0
w:maand|afronding-aankondigen|-0.94
w:maand|vervolgafspraak|2.6
w:maand|bedanken|-1.0
w:maandag|ik-boodschap|0.96
w:maandag|parafrase|0.76
w:maandag|gevoelsreflectie|0.92
w:maandag|samenvatting|-1.83
w:maandag|bevelen|1.73
w:maandag|afronding-aankondigen|0.98
w:maandag|vervolgafspraak|2.76
w:maandje|geruststellen|0.94
w:maar|ik-boodschap|-1.86
w:maar|jij-boodschap|0.57
w:maar|parafrase|1.89
w:maar|gevoelsreflectie|2.2
w:maar|samenvatting|-1.65
w:maar|open-vraag|-1.84
w:maar|aanmoediging|1.66
w:maar|bevelen|-0.61
w:maar|moraliseren|-0.15
w:maar|adviseren|-0.9
w:maar|argumenteren|0.16
w:maar|bekritiseren|1.61
w:maar|etiketteren|-0.99
w:maar|interpreteren|0.59
w:maar|geruststellen|3.63
w:maar|ondervragen|-1.03
w:maar|afleiden|2.05
w:maar|vervolgafspraak|-0.99
w:maar|bedanken|-0.99
w:maart|samenvatting|0.93
w:maart|vervolgafspraak|0.81
w:maatregelen|waarschuwen|0.99
w:machteloos|gevoelsreflectie|0.92
w:mag|ik-boodschap|-0.98
w:mag|gevoelsreflectie|-0.87
w:mag|aanmoediging|0.99
w:mag|bevelen|-0.82
w:mag|waarschuwen|0.87
w:magister|ik-boodschap|0.95
w:magister|jij-boodschap|0.13
w:magister|gevoelsreflectie|-1.0
w:magister|samenvatting|1.0
w:magister|waarschuwen|-0.92
w:magister|bekritiseren|0.84
w:magister|prijzen|-0.99
w:mail|ik-boodschap|-1.0
w:mail|gevoelsreflectie|-0.8
w:mail|samenvatting|1.02
w:mail|adviseren|-1.0
w:mail|argumenteren|-0.86
w:mail|bekritiseren|1.39
w:mail|ondervragen|0.82
w:mail|afleiden|-1.0
w:mail|afronding-aankondigen|-1.73
w:mail|vervolgafspraak|0.44
w:mail|bedanken|-1.0
w:mailen|bekritiseren|-0.98
w:mails|parafrase|0.98
w:mails|gevoelsreflectie|0.74
w:mails|bekritiseren|1.91
w:mailt|afleiden|-0.96
w:maken|jij-boodschap|-1.0
w:maken|parafrase|-1.0
w:maken|gevoelsreflectie|-0.92
w:maken|open-vraag|-0.99
w:maken|adviseren|0.99
w:maken|argumenteren|0.92
w:maken|etiketteren|-1.0
w:maken|geruststellen|-0.9
w:maken|afleiden|1.0
w:maken|vervolgafspraak|1.16
w:makkelijk|bekritiseren|-0.81
w:makkelijk|prijzen|0.99
w:makkelijk|interpreteren|0.86
w:man|ik-boodschap|0.93
w:manier|jij-boodschap|-0.97
w:manier|samenvatting|-0.87
w:manier|bekritiseren|0.99
w:mavo|open-vraag|-0.98
w:me|ik-boodschap|4.67
w:me|parafrase|-1.0
w:me|samenvatting|-0.99
w:me|open-vraag|-1.96
w:me|bevelen|0.94
w:me|waarschuwen|-1.0
w:me|argumenteren|-0.99
w:me|bekritiseren|-0.8
w:me|prijzen|-0.99
w:me|interpreteren|-1.99
w:me|geruststellen|-1.99
w:me|afleiden|-1.0
w:me|vervolgafspraak|-2.82
w:medewerking|bekritiseren|1.77
w:medewerking|prijzen|0.92
w:medewerking|bedanken|-1.77
w:medicijnen|vervolgafspraak|0.95
w:mee|ik-boodschap|0.12
w:mee|jij-boodschap|1.44
w:mee|parafrase|-0.99
w:mee|gevoelsreflectie|-0.77
w:mee|open-vraag|0.93
w:mee|aanmoediging|-0.94
w:mee|waarschuwen|0.11
w:mee|moraliseren|-0.96
w:mee|prijzen|0.91
w:mee|interpreteren|0.15
w:mee|geruststellen|-0.96
w:mee|ondervragen|-1.0
w:mee|vervolgafspraak|0.92
w:mee|bedanken|0.92
w:meedenken|bedanken|1.82
w:meedenkend|waarschuwen|-0.97
w:meedenkt|gevoelsreflectie|-0.91
w:meedoen|ik-boodschap|1.88
w:meedoen|bevelen|-0.91
w:meegaand|gevoelsreflectie|-0.95
w:meekijken|parafrase|-0.9
w:meekrijgen|waarschuwen|-0.99
w:meekwam|bedanken|1.0
w:meeneemt|jij-boodschap|-0.93
w:meeneemt|open-vraag|0.97
w:meer|ik-boodschap|0.9
w:meer|jij-boodschap|-1.0
w:meer|parafrase|-1.99
w:meer|gevoelsreflectie|-0.96
w:meer|samenvatting|1.83
w:meer|open-vraag|-1.02
w:meer|aanmoediging|-0.99
w:meer|bevelen|-0.97
w:meer|moraliseren|1.99
w:meer|adviseren|-0.11
w:meer|bekritiseren|-0.94
w:meer|prijzen|-0.94
w:meer|etiketteren|-1.0
w:meer|interpreteren|0.15
w:meer|geruststellen|-1.0
w:meer|ondervragen|-2.99
w:meer|afleiden|-0.13
w:meer|afronding-aankondigen|-0.96
w:meer|vervolgafspraak|-1.99
w:meer|bedanken|0.14
w:mees|ik-boodschap|-0.84
w:mees|vervolgafspraak|-0.91
w:meest|aanmoediging|-0.72
w:meest|geruststellen|-0.99
w:meeste|open-vraag|0.93
w:meevalt|interpreteren|-0.96
w:meewerken|prijzen|1.0
w:meewerkt|gevoelsreflectie|-0.95
w:meewerkt|waarschuwen|0.74
w:mei|argumenteren|0.96
w:meid|ik-boodschap|-0.87
w:meid|moraliseren|-0.99
w:meid|bekritiseren|-1.78
w:meid|etiketteren|-0.99
w:melden|argumenteren|0.97
w:meldt|waarschuwen|0.88
w:meldt|adviseren|0.99
w:meldt|ondervragen|-0.99
w:meneer|jij-boodschap|0.23
w:meneer|gevoelsreflectie|0.98
w:meneer|aanmoediging|-0.73
w:meneer|waarschuwen|-0.99
w:meneer|bekritiseren|-1.66
w:meneer|etiketteren|0.92
w:meneer|geruststellen|-0.99
w:meneer|ondervragen|-1.0
w:mens|adviseren|-0.98
w:mens|prijzen|0.98
w:mentor|parafrase|0.99
w:mentor|gevoelsreflectie|-0.93
w:mentor|samenvatting|0.23
w:mentor|bevelen|-0.92
w:mentor|moraliseren|-0.95
w:mentor|interpreteren|-0.99
w:mentor|geruststellen|-0.1
w:mentor|afronding-aankondigen|-0.9
w:mentor|vervolgafspraak|-0.1
w:mentor|bedanken|0.79
w:merk|parafrase|-0.9
w:merken|gevoelsreflectie|1.0
w:merkt|samenvatting|0.6
w:merkt|open-vraag|1.0
w:met|ik-boodschap|0.81
w:met|jij-boodschap|-1.91
w:met|samenvatting|0.47
w:met|aanmoediging|-1.91
w:met|bevelen|-1.0
w:met|waarschuwen|-1.96
w:met|moraliseren|-0.23
w:met|adviseren|1.98
w:met|argumenteren|-0.79
w:met|bekritiseren|1.12
w:met|prijzen|1.92
w:met|etiketteren|-0.97
w:met|interpreteren|-2.1
w:met|geruststellen|-0.92
w:met|vervolgafspraak|0.86
w:met|bedanken|1.78
w:meteen|gevoelsreflectie|0.9
w:meteen|prijzen|0.97
w:meteen|ondervragen|1.0
w:mevrouw|samenvatting|-0.84
w:mevrouw|bevelen|1.08
w:mevrouw|bekritiseren|-1.4
w:mevrouw|etiketteren|0.96
w:mevrouw|interpreteren|-0.91
w:middag|parafrase|0.96
w:middag|samenvatting|-0.73
w:middag|waarschuwen|-0.96
w:middernacht|moraliseren|0.93
w:middernacht|bekritiseren|0.21
w:mij|jij-boodschap|0.99
w:mij|gevoelsreflectie|1.9
w:mij|samenvatting|-1.0
w:mij|bevelen|0.82
w:mij|waarschuwen|-1.0
w:mij|argumenteren|-0.51
w:mij|bekritiseren|1.87
w:mij|etiketteren|-1.0
w:mij|interpreteren|1.63
w:mij|geruststellen|-0.42
w:mij|ondervragen|-1.0
w:mij|afleiden|-0.96
w:mij|vervolgafspraak|2.81
w:mij|bedanken|1.0
w:mijn|ik-boodschap|1.0
w:mijn|jij-boodschap|-0.85
w:mijn|parafrase|-0.72
w:mijn|samenvatting|0.87
w:mijn|waarschuwen|-1.0
w:mijn|moraliseren|0.98
w:mijn|bekritiseren|-1.21
w:mijn|interpreteren|-1.0
w:mijn|geruststellen|-0.53
w:mila|samenvatting|-0.91
w:mila|open-vraag|0.97
w:mila|moraliseren|0.99
w:mila|prijzen|0.99
w:mila|vervolgafspraak|-0.92
w:milan|ik-boodschap|0.95
w:milan|jij-boodschap|-0.95
w:milan|bekritiseren|-0.86
w:minder|ik-boodschap|0.94
w:minder|aanmoediging|-0.99
w:minder|etiketteren|-1.0
w:minuten|open-vraag|0.99
w:minuten|vervolgafspraak|-0.9
w:mis|bevelen|-0.99
w:mis|argumenteren|0.99
w:misgaat|parafrase|1.0
w:misgaat|moraliseren|-1.0
w:misschien|ik-boodschap|1.9
w:misschien|jij-boodschap|0.93
w:misschien|gevoelsreflectie|0.96
w:misschien|bevelen|-0.97
w:misschien|adviseren|4.78
w:misschien|prijzen|-0.83
w:misschien|vervolgafspraak|0.99
w:missen|argumenteren|-0.96
w:mist|ik-boodschap|2.76
w:mist|jij-boodschap|-0.41
w:mist|parafrase|-0.96
w:mist|samenvatting|1.89
w:mist|open-vraag|1.0
w:mist|waarschuwen|-0.91
w:mist|argumenteren|0.91
w:mist|bekritiseren|-0.99
w:mm|aanmoediging|1.0
w:mo|ik-boodschap|0.91
w:mo|waarschuwen|-0.91
w:moe|ik-boodschap|0.95
w:moe|samenvatting|1.71
w:moe|aanmoediging|-0.98
w:moe|adviseren|0.96
w:moe|argumenteren|0.78
w:moeder|jij-boodschap|-0.79
w:moeder|parafrase|0.9
w:moeder|gevoelsreflectie|-0.9
w:moeder|aanmoediging|-1.0
w:moeder|moraliseren|1.89
w:moeder|argumenteren|-0.97
w:moeder|bekritiseren|-0.79
w:moeder|prijzen|1.06
w:moeder|etiketteren|-0.97
w:moeder|geruststellen|-0.79
w:moeder|afronding-aankondigen|0.72
w:moeilijk|parafrase|-0.95
w:moeilijk|gevoelsreflectie|0.92
w:moeilijk|open-vraag|0.96
w:moeilijk|adviseren|-0.99
w:moeilijk|argumenteren|0.96
w:moeilijk|interpreteren|1.7
w:moeilijk|vervolgafspraak|0.92
w:moeite|jij-boodschap|1.0
w:moeite|open-vraag|0.93
w:moeite|bekritiseren|-2.1
w:moeite|vervolgafspraak|-1.93
w:moest|parafrase|0.9
w:moest|vervolgafspraak|-0.97
w:moest|bedanken|-0.94
w:moet|ik-boodschap|0.92
w:moet|jij-boodschap|-1.93
w:moet|parafrase|-0.9
w:moet|gevoelsreflectie|1.92
w:moet|bevelen|-0.14
w:moet|waarschuwen|0.95
w:moet|moraliseren|0.98
w:moet|argumenteren|0.92
w:moet|bekritiseren|-0.96
w:moet|etiketteren|-1.72
w:moet|interpreteren|-0.84
w:moet|vervolgafspraak|-1.9
w:moeten|ik-boodschap|0.91
w:moeten|bevelen|0.96
w:moeten|waarschuwen|-0.91
w:moeten|moraliseren|0.19
w:moeten|adviseren|-1.88
w:moeten|bekritiseren|-1.32
w:moeten|afleiden|-0.98
w:moeten|afronding-aankondigen|2.84
w:moeten|vervolgafspraak|-1.57
w:moeten|bedanken|-0.19
w:mohammed|jij-boodschap|1.49
w:mohammed|etiketteren|-0.96
w:moment|adviseren|0.96
w:moment|prijzen|-0.97
w:mond|bekritiseren|0.31
w:mond|etiketteren|-0.97
w:mooi|ik-boodschap|0.94
w:mooi|adviseren|-1.0
w:mooi|afleiden|0.92
w:mooi|afronding-aankondigen|1.0
w:mooi|bedanken|-0.89
w:mooie|etiketteren|-0.85
w:mooie|geruststellen|-0.98
w:morgen|ik-boodschap|-1.0
w:morgen|jij-boodschap|-1.49
w:morgen|samenvatting|-0.84
w:morgen|bevelen|2.9
w:morgen|waarschuwen|-1.0
w:morgen|bekritiseren|-0.46
w:morgen|etiketteren|-1.0
w:morgen|interpreteren|-0.84
w:morgen|geruststellen|-0.9
w:morgen|afleiden|-1.0
w:morgen|afronding-aankondigen|-0.58
w:morgen|bedanken|-1.0
w:na|jij-boodschap|-1.0
w:na|moraliseren|-0.93
w:na|bekritiseren|-1.18
w:na|afronding-aankondigen|0.72
w:na|vervolgafspraak|0.99
w:naar|jij-boodschap|0.42
w:naar|parafrase|-1.88
w:naar|open-vraag|-1.97
w:naar|aanmoediging|0.94
w:naar|bevelen|1.82
w:naar|waarschuwen|1.79
w:naar|adviseren|-0.1
w:naar|argumenteren|-0.92
w:naar|bekritiseren|0.97
w:naar|interpreteren|-0.86
w:naar|geruststellen|-0.83
w:naar|ondervragen|-0.14
w:naar|afleiden|-1.0
w:naar|afronding-aankondigen|-1.85
w:naast|ik-boodschap|0.91
w:naast|waarschuwen|-0.88
w:naast|bekritiseren|-0.88
w:nabespreking|ik-boodschap|0.97
w:nablijven|bekritiseren|-0.94
w:nachtrust|vervolgafspraak|-0.91
w:nachts|waarschuwen|-0.87
w:nachts|adviseren|1.0
w:nachts|bekritiseren|0.84
w:nachts|ondervragen|1.0
w:nachts|bedanken|-1.0
w:nadenken|gevoelsreflectie|-0.99
w:nadenken|aanmoediging|0.99
w:nam|parafrase|-1.0
w:nam|open-vraag|-1.0
w:nam|aanmoediging|-1.0
w:nam|vervolgafspraak|-0.93
w:nam|bedanken|1.0
w:namen|moraliseren|1.0
w:namen|afleiden|-1.0
w:natuurkunde|jij-boodschap|-0.98
w:natuurkunde|argumenteren|0.98
w:natuurkunde|bekritiseren|-0.98
w:natuurlijk|waarschuwen|-0.72
w:natuurlijk|prijzen|0.97
w:nauwelijks|ik-boodschap|0.99
w:nederlands|jij-boodschap|-0.11
w:nederlands|bekritiseren|-0.78
w:neem|aanmoediging|1.0
w:neem|bevelen|-0.13
w:neem|prijzen|-0.97
w:neem|vervolgafspraak|0.99
w:neemt|jij-boodschap|0.99
w:neemt|moraliseren|-0.81
w:neemt|bekritiseren|-0.52
w:neemt|interpreteren|-0.95
w:negatief|bekritiseren|1.52
w:negen|ik-boodschap|-0.94
w:negen|bedanken|0.9
w:nemen|ik-boodschap|0.94
w:nemen|jij-boodschap|-0.99
w:nemen|gevoelsreflectie|-0.92
w:nemen|samenvatting|-1.0
w:nemen|bevelen|-0.85
w:nemen|adviseren|1.98
w:nemen|etiketteren|-0.96
w:nergens|ik-boodschap|-0.9
w:nergens|samenvatting|-0.82
w:nergens|open-vraag|-0.99
w:nergens|argumenteren|0.98
w:nergens|bekritiseren|2.71
w:nest|jij-boodschap|0.99
w:net|jij-boodschap|0.91
w:net|etiketteren|0.91
w:netjes|jij-boodschap|-0.98
w:niemand|jij-boodschap|-0.22
w:niemand|parafrase|1.0
w:niemand|gevoelsreflectie|0.91
w:niemand|samenvatting|-0.94
w:niemand|prijzen|-0.91
w:niemand|geruststellen|2.41
w:niet|ik-boodschap|2.81
w:niet|jij-boodschap|-2.37
w:niet|parafrase|1.02
w:niet|gevoelsreflectie|-0.96
w:niet|samenvatting|-0.9
w:niet|open-vraag|-2.06
w:niet|aanmoediging|-1.84
w:niet|bevelen|-0.86
w:niet|waarschuwen|-0.93
w:niet|moraliseren|-0.24
w:niet|adviseren|0.92
w:niet|argumenteren|0.77
w:niet|bekritiseren|0.1
w:niet|etiketteren|-0.91
w:niet|interpreteren|-0.81
w:niet|ondervragen|-0.87
w:niet|afronding-aankondigen|-1.0
w:niet|vervolgafspraak|-2.85
w:niet|bedanken|-1.94
w:niets|ik-boodschap|0.91
w:niets|samenvatting|0.95
w:niets|waarschuwen|0.93
w:niets|adviseren|-1.0
w:niets|bekritiseren|-0.88
w:niets|geruststellen|1.1
w:niets|ondervragen|1.0
w:niets|vervolgafspraak|-1.47
w:nieuw|afronding-aankondigen|0.98
w:nieuw|vervolgafspraak|0.98
w:nieuwe|bevelen|-0.92
w:nieuwe|bekritiseren|-0.56
w:nieuwe|interpreteren|0.62
w:nieuwe|geruststellen|0.99
w:nieuwe|afleiden|0.9
w:nieuwe|afronding-aankondigen|0.22
w:nieuwe|vervolgafspraak|1.0
w:nieuwe|bedanken|-0.13
w:nieuws|parafrase|-1.0
w:nieuws|samenvatting|-1.0
w:nieuws|aanmoediging|-1.0
w:nieuws|afronding-aankondigen|-1.0
w:niks|ik-boodschap|-0.61
w:niks|jij-boodschap|0.58
w:niks|parafrase|0.95
w:niks|samenvatting|-0.63
w:niks|argumenteren|0.76
w:niks|bekritiseren|1.1
w:niks|geruststellen|0.72
w:niks|ondervragen|0.96
w:noah|parafrase|0.95
w:noah|adviseren|0.99
w:noah|vervolgafspraak|0.99
w:nodig|parafrase|-0.91
w:nodig|samenvatting|-0.95
w:nodig|adviseren|-0.98
w:nodig|argumenteren|-0.97
w:nodig|prijzen|1.95
w:nodig|ondervragen|-1.0
w:nodig|vervolgafspraak|-1.0
w:noemt|ik-boodschap|0.94
w:nog|ik-boodschap|1.05
w:nog|jij-boodschap|-0.99
w:nog|parafrase|-0.95
w:nog|gevoelsreflectie|-0.74
w:nog|samenvatting|0.52
w:nog|open-vraag|-1.0
w:nog|bevelen|-0.88
w:nog|waarschuwen|1.3
w:nog|adviseren|-0.98
w:nog|bekritiseren|-0.56
w:nog|prijzen|-0.12
w:nog|afleiden|0.86
w:nog|vervolgafspraak|-1.79
w:nogal|jij-boodschap|-0.97
w:nogal|argumenteren|-0.84
w:nogal|bekritiseren|0.95
w:nogal|etiketteren|0.99
w:nooit|ik-boodschap|-0.99
w:nooit|jij-boodschap|-0.21
w:nooit|bevelen|0.8
w:nooit|bekritiseren|3.43
w:noor|ik-boodschap|-0.98
w:noor|bevelen|-0.93
w:noor|bekritiseren|-0.28
w:noor|ondervragen|-1.0
w:noor|afronding-aankondigen|-1.0
w:noor|vervolgafspraak|-0.11
w:noor|bedanken|1.0
w:nooti|jij-boodschap|1.09
w:nooti|waarschuwen|-0.92
w:nooti|bekritiseren|1.7
w:normaal|jij-boodschap|-0.82
w:normaal|open-vraag|-1.0
w:normaal|moraliseren|1.0
w:normaal|geruststellen|1.89
w:normaal|afleiden|-0.94
w:normering|parafrase|0.97
w:normering|argumenteren|0.97
w:nou|ik-boodschap|0.92
w:nou|jij-boodschap|-0.49
w:nou|gevoelsreflectie|-0.83
w:nou|open-vraag|-1.0
w:nou|moraliseren|0.92
w:nou|argumenteren|-0.89
w:nou|bekritiseren|1.96
w:nou|etiketteren|1.0
w:nou|interpreteren|-1.0
w:nou|geruststellen|0.97
w:nou|ondervragen|-0.98
w:nou|bedanken|-3.54
w:nu|ik-boodschap|1.08
w:nu|jij-boodschap|-1.03
w:nu|parafrase|-1.8
w:nu|gevoelsreflectie|-0.69
w:nu|samenvatting|-1.12
w:nu|aanmoediging|-0.9
w:nu|bevelen|3.63
w:nu|bekritiseren|-1.15
w:nu|prijzen|0.99
w:nu|interpreteren|-1.0
w:nu|geruststellen|-1.67
w:nu|afleiden|1.87
w:nu|afronding-aankondigen|3.87
w:nu|vervolgafspraak|-1.66
w:nu|bedanken|-0.21
w:och|afleiden|1.99
w:ochtend|ik-boodschap|0.96
w:ochtends|parafrase|1.0
w:ochtends|gevoelsreflectie|-1.0
w:ochtends|open-vraag|1.0
w:ochtends|vervolgafspraak|-1.0
w:oefenen|waarschuwen|-0.92
w:oefeningen|gevoelsreflectie|-0.92
w:oefent|samenvatting|-0.99
w:oefent|argumenteren|0.98
w:oefent|geruststellen|-0.9
w:of|ik-boodschap|-0.92
w:of|parafrase|0.84
w:of|samenvatting|-0.77
w:of|waarschuwen|0.92
w:of|argumenteren|-0.99
w:of|bekritiseren|0.98
w:of|etiketteren|-1.0
w:of|ondervragen|-0.96
w:ogen|parafrase|1.0
w:ogen|samenvatting|-1.0
w:ogen|bevelen|0.9
w:ok|argumenteren|-1.0
w:oke|afleiden|-0.98
w:oke|afronding-aankondigen|0.98
w:oké|parafrase|0.76
w:oké|gevoelsreflectie|-0.98
w:oké|samenvatting|-0.9
w:oké|aanmoediging|-0.97
w:oké|bekritiseren|0.95
w:om|ik-boodschap|0.72
w:om|jij-boodschap|-1.61
w:om|parafrase|0.14
w:om|gevoelsreflectie|-0.99
w:om|samenvatting|2.42
w:om|open-vraag|0.96
w:om|aanmoediging|-1.0
w:om|waarschuwen|-1.03
w:om|moraliseren|0.77
w:om|adviseren|1.93
w:om|argumenteren|-1.96
w:om|bekritiseren|-2.18
w:om|prijzen|-0.99
w:om|etiketteren|0.94
w:om|interpreteren|1.76
w:om|geruststellen|-2.97
w:om|ondervragen|-2.74
w:om|afleiden|1.0
w:om|afronding-aankondigen|-0.94
w:om|vervolgafspraak|-0.24
w:om|bedanken|-0.17
w:oma|vervolgafspraak|-0.99
w:omdat|ik-boodschap|2.93
w:omdat|jij-boodschap|-0.92
w:omdat|parafrase|1.88
w:omdat|gevoelsreflectie|0.74
w:omdat|samenvatting|-0.94
w:omdat|bevelen|-1.91
w:omdat|waarschuwen|-1.0
w:omdat|bekritiseren|-1.95
w:omdat|prijzen|-0.95
w:omdat|etiketteren|-1.0
w:omdat|interpreteren|4.43
w:omdat|geruststellen|0.99
w:omdat|ondervragen|-1.0
w:omdat|afleiden|-1.0
w:omdat|vervolgafspraak|0.95
w:omgaat|moraliseren|0.96
w:omgaat|bekritiseren|0.96
w:onbeantwoord|parafrase|0.98
w:onbeantwoord|gevoelsreflectie|0.74
w:onbeleefd|bekritiseren|-1.07
w:onbeschoft|jij-boodschap|0.92
w:onbeschoft|bekritiseren|0.62
w:onbetrouwbare|moraliseren|-0.99
w:onbetrouwbare|bekritiseren|-1.79
w:onbetrouwbare|etiketteren|0.88
w:onder|samenvatting|-0.99
w:onder|open-vraag|-0.99
w:onder|afronding-aankondigen|1.0
w:onderbreekt|samenvatting|-1.0
w:onderbreekt|bekritiseren|0.59
w:onderbreken|bevelen|0.92
w:onderschat|bekritiseren|0.95
w:onderzoek|argumenteren|0.93
w:oneerlijk|bekritiseren|0.82
w:ongeldig|samenvatting|-0.87
w:ongeldig|waarschuwen|0.91
w:ongemakkelijk|vervolgafspraak|-0.97
w:ongepast|bekritiseren|0.72
w:ongepaste|bekritiseren|0.98
w:ongerust|ik-boodschap|0.99
w:ongerust|gevoelsreflectie|1.91
w:ongerust|moraliseren|-0.92
w:ongerust|adviseren|-0.82
w:ongerust|geruststellen|0.31
w:ongerust|ondervragen|0.96
w:ongerust|bedanken|-0.99
w:ongeïnteresseerd|bekritiseren|-1.76
w:onhandig|bekritiseren|0.52
w:online|parafrase|-0.93
w:online|samenvatting|0.93
w:online|bekritiseren|0.83
w:onmogelijk|argumenteren|0.94
w:onredelijke|afleiden|-0.95
w:onrustig|ik-boodschap|-0.84
w:onrustig|parafrase|-0.95
w:onrustig|open-vraag|-0.95
w:ons|parafrase|-0.91
w:ons|adviseren|-0.99
w:ons|geruststellen|-0.97
w:ons|afleiden|1.0
w:ontbreekt|bekritiseren|-0.94
w:ontvangen|afleiden|-0.93
w:onvoldoende|waarschuwen|0.99
w:onvoldoende|argumenteren|1.06
w:onvoldoende|etiketteren|-1.0
w:onvoldoendes|waarschuwen|-0.86
w:onvoldoendes|argumenteren|0.61
w:onze|gevoelsreflectie|-1.0
w:onze|moraliseren|0.99
w:onze|prijzen|0.99
w:onzeker|gevoelsreflectie|1.8
w:onzeker|interpreteren|0.62
w:onzin|bekritiseren|1.95
w:onzinverhaal|bekritiseren|3.34
w:oog|ik-boodschap|0.94
w:ooit|jij-boodschap|0.94
w:ooit|bekritiseren|0.94
w:ook|ik-boodschap|-0.73
w:ook|jij-boodschap|0.83
w:ook|gevoelsreflectie|-1.93
w:ook|samenvatting|-0.95
w:ook|open-vraag|-0.96
w:ook|bevelen|-0.83
w:ook|waarschuwen|-1.0
w:ook|moraliseren|0.98
w:ook|adviseren|-0.18
w:ook|argumenteren|-0.19
w:ook|bekritiseren|1.07
w:ook|prijzen|0.94
w:ook|geruststellen|0.4
w:ook|afleiden|-0.94
w:ook|vervolgafspraak|2.2
w:oor|aanmoediging|0.91
w:op|ik-boodschap|-2.74
w:op|parafrase|-2.0
w:op|gevoelsreflectie|-0.14
w:op|samenvatting|2.15
w:op|open-vraag|0.91
w:op|aanmoediging|-0.98
w:op|bevelen|-0.21
w:op|waarschuwen|0.22
w:op|adviseren|-0.95
w:op|argumenteren|-0.97
w:op|bekritiseren|0.42
w:op|prijzen|0.75
w:op|interpreteren|-1.66
w:op|geruststellen|-0.98
w:op|afronding-aankondigen|-0.97
w:op|vervolgafspraak|-0.61
w:op|bedanken|-1.07
w:opdagen|ik-boodschap|-0.99
w:opdagen|jij-boodschap|1.75
w:opdagen|adviseren|-0.99
w:opdagen|bekritiseren|1.61
w:opdracht|jij-boodschap|-0.95
w:opdracht|moraliseren|-0.95
w:opdracht|adviseren|-0.97
w:opdracht|argumenteren|0.85
w:opdracht|bekritiseren|-0.48
w:opdracht|prijzen|0.97
w:opdracht|geruststellen|-0.92
w:opdrachten|ik-boodschap|1.87
w:opdrachten|parafrase|-0.9
w:opdrachten|waarschuwen|-0.88
w:opdrachten|vervolgafspraak|-0.72
w:open|vervolgafspraak|-0.92
w:openheid|bekritiseren|-0.69
w:openheid|vervolgafspraak|-1.0
w:openheid|bedanken|1.0
w:opgaven|open-vraag|-0.99
w:opgaven|vervolgafspraak|0.99
w:opgevat|parafrase|-1.0
w:opgevat|samenvatting|-1.0
w:opgevat|aanmoediging|-1.0
w:opgevat|afronding-aankondigen|-1.0
w:ophaalt|bevelen|0.85
w:oplaadt|ik-boodschap|0.99
w:oplost|interpreteren|1.0
w:oplost|bedanken|-0.87
w:opmerking|jij-boodschap|-1.76
w:opmerking|waarschuwen|0.97
w:opmerking|bekritiseren|0.43
w:opmerking|afleiden|-0.95
w:opnieuw|afronding-aankondigen|-0.94
w:opnieuw|vervolgafspraak|-0.32
w:oprecht|ik-boodschap|0.99
w:opschrijft|ik-boodschap|0.98
w:opstaat|ik-boodschap|0.91
w:opstandig|interpreteren|0.96
w:optie|ondervragen|-1.0
w:optie|vervolgafspraak|-1.0
w:opvoeden|argumenteren|-0.87
w:opvoeden|interpreteren|-1.0
w:opziet|parafrase|-0.97
w:orthopedagoog|bekritiseren|0.7
w:oude|samenvatting|0.99
w:oude|open-vraag|0.99
w:oude|interpreteren|0.98
w:oude|geruststellen|0.86
w:ouder|jij-boodschap|-0.93
w:ouder|parafrase|-1.0
w:ouder|moraliseren|1.02
w:ouder|adviseren|-0.99
w:ouder|bekritiseren|-1.96
w:ouder|etiketteren|0.1
w:ouder|geruststellen|2.04
w:ouderavond|open-vraag|-1.0
w:ouderavond|argumenteren|0.99
w:ouderavond|bekritiseren|0.71
w:ouderavond|etiketteren|-0.96
w:ouderavond|geruststellen|-1.0
w:ouders|ik-boodschap|-0.93
w:ouders|moraliseren|1.94
w:ouders|bekritiseren|-1.83
w:ouders|etiketteren|0.97
w:ouders|geruststellen|-0.87
w:ouders|ondervragen|1.0
w:ouders|afleiden|-1.0
w:ouders|vervolgafspraak|-2.38
w:ouders|bedanken|-1.9
w:over|ik-boodschap|-0.81
w:over|jij-boodschap|-2.02
w:over|parafrase|-0.15
w:over|gevoelsreflectie|-1.56
w:over|samenvatting|0.22
w:over|aanmoediging|-1.0
w:over|waarschuwen|-0.76
w:over|adviseren|-1.91
w:over|bekritiseren|-1.9
w:over|prijzen|-0.91
w:over|etiketteren|-0.95
w:over|interpreteren|0.72
w:over|geruststellen|0.6
w:over|ondervragen|-1.0
w:over|afleiden|-0.72
w:over|afronding-aankondigen|-3.8
w:over|vervolgafspraak|0.74
w:over|bedanken|-1.2
w:overal|jij-boodschap|1.56
w:overal|gevoelsreflectie|-1.77
w:overal|samenvatting|-0.63
w:overal|bekritiseren|1.48
w:overal|prijzen|-0.84
w:overal|etiketteren|0.97
w:overbezorgde|etiketteren|0.97
w:overdreven|jij-boodschap|-2.31
w:overdreven|bevelen|-0.76
w:overdrijft|bekritiseren|-3.93
w:overdrijft|prijzen|-1.0
w:overgangsnorm|vervolgafspraak|-0.99
w:overgangsnormen|ik-boodschap|-0.76
w:overgangsnormen|argumenteren|0.76
w:overgangsnormen|geruststellen|-0.99
w:overheen|geruststellen|0.99
w:overhoren|waarschuwen|-0.99
w:overkomt|geruststellen|-0.59
w:overkomt|afleiden|0.84
w:overleg|samenvatting|0.93
w:overleg|vervolgafspraak|0.81
w:overslaat|waarschuwen|-0.93
w:overstap|parafrase|-0.97
w:overstap|samenvatting|0.6
w:overstap|open-vraag|-0.98
w:overstap|afronding-aankondigen|-0.85
w:paar|gevoelsreflectie|-0.94
w:paar|geruststellen|0.98
w:paar|afleiden|1.0
w:pak|ik-boodschap|-1.0
w:pak|bevelen|1.0
w:pak|waarschuwen|1.0
w:pak|moraliseren|-1.0
w:pak|adviseren|-1.0
w:pak|interpreteren|-1.0
w:pak|afleiden|-1.0
w:pakken|afleiden|0.98
w:pas|ik-boodschap|0.97
w:pas|parafrase|0.91
w:pas|bekritiseren|0.93
w:pas|etiketteren|-1.0
w:pas|geruststellen|-0.98
w:pas|afleiden|-1.0
w:pasje|ik-boodschap|-0.91
w:pauze|ik-boodschap|0.8
w:pauze|gevoelsreflectie|-0.95
w:pauze|argumenteren|-0.97
w:per|ik-boodschap|-0.98
w:per|ondervragen|1.0
w:per|bedanken|-1.0
w:periode|samenvatting|-1.0
w:periode|bevelen|-1.0
w:periode|bekritiseren|0.61
w:periode|prijzen|-0.97
w:pest|jij-boodschap|1.49
w:pest|parafrase|-1.0
w:pest|etiketteren|-0.96
w:pesterijen|parafrase|-0.99
w:pesterijen|gevoelsreflectie|-0.74
w:pesterijen|afronding-aankondigen|0.86
w:pet|gevoelsreflectie|-1.0
w:pet|bevelen|1.0
w:pet|argumenteren|-1.0
w:pet|bekritiseren|0.93
w:pff|gevoelsreflectie|-0.94
w:piekeren|bevelen|-0.82
w:pijn|bevelen|-0.93
w:pijn|prijzen|-0.99
w:plaats|bekritiseren|-0.94
w:plan|gevoelsreflectie|0.92
w:plan|prijzen|0.95
w:plan|afronding-aankondigen|-0.9
w:plan|vervolgafspraak|1.8
w:plannen|jij-boodschap|-2.7
w:plannen|adviseren|0.85
w:plannen|argumenteren|-0.86
w:plannen|bekritiseren|-1.0
w:plannen|afronding-aankondigen|0.91
w:planner|ik-boodschap|0.97
w:planner|samenvatting|0.82
w:planner|bekritiseren|0.89
w:planner|vervolgafspraak|-0.96
w:planning|jij-boodschap|0.58
w:planning|samenvatting|1.88
w:planning|waarschuwen|-1.0
w:planning|moraliseren|-0.98
w:planning|bekritiseren|0.38
w:planning|afleiden|-0.95
w:planning|vervolgafspraak|1.92
w:planning|bedanken|0.79
w:playstation|moraliseren|0.83
w:playstation|bekritiseren|0.25
w:plek|parafrase|-0.11
w:plek|samenvatting|-0.77
w:plek|open-vraag|-0.95
w:plek|waarschuwen|0.95
w:plezier|samenvatting|0.98
w:plezier|bekritiseren|-0.93
w:plicht|moraliseren|0.98
w:plichten|moraliseren|0.92
w:plichten|argumenteren|-0.92
w:pootjes|geruststellen|0.91
w:positiefs|afronding-aankondigen|-0.98
w:potje|bekritiseren|0.96
w:praat|ik-boodschap|-0.98
w:praat|parafrase|-0.91
w:praat|samenvatting|2.62
w:praat|open-vraag|-0.96
w:praat|bevelen|0.94
w:praat|bedanken|0.79
w:praten|ik-boodschap|1.88
w:praten|adviseren|1.94
w:praten|bekritiseren|0.99
w:praten|prijzen|-0.94
w:precies|open-vraag|1.0
w:precies|ondervragen|1.0
w:presenteerblaadje|etiketteren|0.99
w:prestatie|geruststellen|-0.98
w:prikkelbaar|samenvatting|0.6
w:prikkelbaar|open-vraag|-0.98
w:prima|gevoelsreflectie|-1.0
w:prima|samenvatting|-1.0
w:prima|bekritiseren|0.84
w:prima|geruststellen|1.72
w:prima|ondervragen|-1.0
w:prinses|etiketteren|0.99
w:probeer|interpreteren|-0.9
w:probeert|ik-boodschap|-1.0
w:probeert|jij-boodschap|-1.0
w:probeert|adviseren|1.0
w:probeert|bekritiseren|-1.0
w:probeert|etiketteren|-1.0
w:probeert|interpreteren|1.0
w:probeert|ondervragen|-0.96
w:probleem|jij-boodschap|0.98
w:probleem|parafrase|0.99
w:probleem|gevoelsreflectie|-0.97
w:probleem|samenvatting|0.24
w:probleem|bekritiseren|-0.26
w:probleem|etiketteren|0.97
w:probleem|interpreteren|1.91
w:probleem|bedanken|-0.87
w:problemen|bevelen|-1.0
w:profiel|parafrase|0.91
w:project|ik-boodschap|0.99
w:project|interpreteren|-0.85
w:projecteert|interpreteren|0.89
w:protocol|argumenteren|-1.57
w:puber|etiketteren|0.79
w:pubers|argumenteren|-0.92
w:pubers|bekritiseren|-0.66
w:pubers|afleiden|0.98
w:puberteit|geruststellen|-0.94
w:puberteit|afleiden|0.94
w:pubertijd|moraliseren|-0.85
w:puinhoop|bekritiseren|0.44
w:punt|ik-boodschap|0.95
w:punt|argumenteren|-0.92
w:punt|vervolgafspraak|-1.82
w:raak|samenvatting|-1.0
w:raak|argumenteren|-0.99
w:raakt|ik-boodschap|0.99
w:raakt|parafrase|-0.99
w:raken|ik-boodschap|0.99
w:rapport|geruststellen|-0.9
w:rapport|afleiden|-0.96
w:rapport|afronding-aankondigen|-0.96
w:rapport|bedanken|-0.85
w:reactie|argumenteren|-0.84
w:reactie|bekritiseren|1.94
w:reactie|etiketteren|0.79
w:reageert|ik-boodschap|-0.99
w:reageert|jij-boodschap|-0.92
w:reageert|bekritiseren|-0.94
w:reageert|interpreteren|0.88
w:reageren|jij-boodschap|1.09
w:reageren|bekritiseren|1.7
w:redelijk|parafrase|-0.81
w:redelijk|vervolgafspraak|-0.88
w:regel|gevoelsreflectie|-0.91
w:regel|argumenteren|1.0
w:regelen|bekritiseren|-0.93
w:regelen|afleiden|-0.92
w:regelmatig|vervolgafspraak|0.95
w:regels|bevelen|0.93
w:regels|argumenteren|1.98
w:regels|prijzen|-1.83
w:regels|geruststellen|-0.87
w:regelt|prijzen|0.97
w:reglement|argumenteren|0.94
w:reken|gevoelsreflectie|-0.95
w:reken|samenvatting|-0.91
w:reken|prijzen|0.92
w:reken|afleiden|-0.96
w:rekenen|interpreteren|-1.0
w:rekenen|afronding-aankondigen|-1.0
w:rekenmachine|gevoelsreflectie|-0.92
w:rekenmachine|open-vraag|-0.99
w:rekenmachine|vervolgafspraak|0.99
w:rekentoets|vervolgafspraak|-0.99
w:respect|jij-boodschap|0.95
w:respect|waarschuwen|-0.99
w:respect|bekritiseren|0.76
w:respectloze|bekritiseren|0.99
w:rest|argumenteren|0.96
w:rest|vervolgafspraak|0.95
w:resultaten|afleiden|-0.94
w:rijtje|parafrase|-0.96
w:rijtje|samenvatting|1.97
w:rijtje|open-vraag|0.98
w:rijtje|vervolgafspraak|-0.91
w:rik|ik-boodschap|0.99
w:roept|ik-boodschap|0.99
w:roept|waarschuwen|-0.99
w:roken|bekritiseren|-0.99
w:roken|afronding-aankondigen|-0.99
w:rollen|bevelen|0.9
w:ronden|samenvatting|-0.86
w:ronden|afronding-aankondigen|1.92
w:ronden|vervolgafspraak|0.59
w:rondjes|afronding-aankondigen|0.99
w:rondjes|vervolgafspraak|-0.99
w:ronduit|bekritiseren|0.62
w:rooster|ik-boodschap|0.99
w:rooster|argumenteren|0.94
w:rooster|interpreteren|-0.99
w:rotmoment|gevoelsreflectie|0.95
w:rotmoment|etiketteren|-0.72
w:ruben|parafrase|-1.0
w:ruben|samenvatting|-1.0
w:ruben|aanmoediging|-1.0
w:ruben|afronding-aankondigen|-1.0
w:ruimt|jij-boodschap|-0.94
w:rust|bevelen|-0.96
w:rusten|samenvatting|-0.93
w:rustig|gevoelsreflectie|-0.99
w:rustig|aanmoediging|1.04
w:rustig|bevelen|1.96
w:rustig|etiketteren|-0.9
w:rustiger|vervolgafspraak|0.92
w:ruzie|parafrase|0.96
w:ruzie|samenvatting|0.97
w:ruzie|waarschuwen|-0.96
w:ruzie|vervolgafspraak|-0.91
w:ruzietjes|geruststellen|-0.91
w:ruzietjes|afleiden|1.84
w:samen|ik-boodschap|-0.98
w:samen|jij-boodschap|-0.42
w:samen|parafrase|-0.72
w:samen|samenvatting|0.75
w:samen|waarschuwen|-1.0
w:samen|moraliseren|-1.94
w:samen|adviseren|3.02
w:samen|argumenteren|-1.87
w:samen|bekritiseren|0.38
w:samen|prijzen|-1.0
w:samen|etiketteren|-0.95
w:samen|interpreteren|-1.99
w:samen|geruststellen|1.0
w:samen|ondervragen|-0.92
w:samen|vervolgafspraak|3.92
w:samen|bedanken|-1.0
w:samengevat|jij-boodschap|1.15
w:samengevat|gevoelsreflectie|0.92
w:samengevat|samenvatting|1.77
w:samengevat|open-vraag|-0.98
w:samengevat|aanmoediging|-0.99
w:samengevat|bekritiseren|0.56
w:samengevat|vervolgafspraak|0.36
w:samenvat|parafrase|0.95
w:samenvat|gevoelsreflectie|-0.98
w:samenvat|samenvatting|1.66
w:samenvat|ondervragen|-1.0
w:samenvat|vervolgafspraak|-1.0
w:samenvatten|parafrase|-0.95
w:samenvatten|samenvatting|0.94
w:samenvatten|open-vraag|-0.95
w:samenvatten|bedanken|0.79
w:samenvattend|samenvatting|0.95
w:samenvattend|argumenteren|-0.95
w:schaamt|aanmoediging|-0.99
w:schakel|waarschuwen|0.74
w:schandalig|jij-boodschap|-0.8
w:schandalig|bekritiseren|0.94
w:scheiding|interpreteren|1.88
w:scherm|aanmoediging|-0.99
w:schermgebruik|argumenteren|0.93
w:schieten|ik-boodschap|0.95
w:schieten|bekritiseren|-0.47
w:school|jij-boodschap|-1.41
w:school|parafrase|-0.85
w:school|samenvatting|2.77
w:school|bevelen|-1.0
w:school|moraliseren|0.98
w:school|adviseren|0.81
w:school|argumenteren|-1.86
w:school|bekritiseren|0.69
w:school|prijzen|-1.76
w:school|etiketteren|-0.96
w:school|interpreteren|1.09
w:school|geruststellen|-0.1
w:school|ondervragen|-1.0
w:school|afleiden|-0.91
w:school|afronding-aankondigen|-0.96
w:school|bedanken|-0.74
w:schoolarts|vervolgafspraak|0.95
w:schooldag|moraliseren|0.95
w:schooldag|adviseren|-0.83
w:schoolgids|jij-boodschap|-0.99
w:schoolgids|waarschuwen|-0.99
w:schoolgids|bekritiseren|-0.99
w:schoolgids|afleiden|0.1
w:schoolkamp|bekritiseren|-0.95
w:schoolplein|afleiden|0.91
w:schoolreis|afleiden|0.84
w:schoolresultaten|ik-boodschap|-0.93
w:schoolresultaten|moraliseren|0.93
w:schooltijd|interpreteren|0.89
w:schooltijd|afleiden|-0.97
w:schorsing|parafrase|0.99
w:schorsing|gevoelsreflectie|0.91
w:schorsing|adviseren|-0.98
w:schorsing|argumenteren|-0.98
w:schorsing|prijzen|-0.91
w:schreef|gevoelsreflectie|-0.98
w:schreef|moraliseren|-0.95
w:schreeuwen|etiketteren|-0.85
w:schrift|aanmoediging|-0.93
w:schrijf|waarschuwen|-0.93
w:schrijfopdracht|gevoelsreflectie|-0.98
w:schrijft|argumenteren|0.97
w:schrik|gevoelsreflectie|0.88
w:schrik|vervolgafspraak|-1.0
w:schrok|ik-boodschap|0.95
w:schrok|gevoelsreflectie|-1.84
w:schrok|samenvatting|-0.95
w:schrok|bedanken|-0.94
w:schuift|bevelen|-0.9
w:schuift|vervolgafspraak|1.54
w:schuld|jij-boodschap|0.99
w:schuld|samenvatting|-0.82
w:schuld|open-vraag|-0.99
w:schuld|bekritiseren|1.81
w:schuldig|bekritiseren|-0.48
w:schuldig|interpreteren|1.0
w:sectie|gevoelsreflectie|0.92
w:sectie|aanmoediging|-0.73
w:sectie|etiketteren|0.92
w:sectie|vervolgafspraak|0.92
w:sem|ik-boodschap|0.97
w:sem|open-vraag|-0.99
w:sem|moraliseren|-0.99
w:sem|bekritiseren|-1.79
w:sem|etiketteren|0.88
w:september|argumenteren|2.03
w:september|geruststellen|-0.87
w:serieus|ik-boodschap|0.94
w:serieus|jij-boodschap|0.99
w:serieus|gevoelsreflectie|0.74
w:serieus|bekritiseren|0.74
w:serieus|etiketteren|-0.96
w:sfeer|ik-boodschap|-0.99
w:sfeer|jij-boodschap|1.42
w:sfeer|samenvatting|0.95
w:sfeer|waarschuwen|0.99
w:sfeer|bekritiseren|1.88
w:simpel|argumenteren|0.98
w:simpel|geruststellen|-1.89
w:sinds|ik-boodschap|3.81
w:sinds|jij-boodschap|-1.52
w:sinds|parafrase|-0.99
w:sinds|waarschuwen|-0.88
w:sinds|bekritiseren|-2.16
w:sinds|vervolgafspraak|-1.0
w:situatie|argumenteren|-0.9
w:slaap|ik-boodschap|0.96
w:slaap|samenvatting|1.66
w:slaapt|ik-boodschap|0.94
w:slaapt|jij-boodschap|-0.41
w:slaapt|parafrase|-0.96
w:slaapt|samenvatting|1.6
w:slaat|ik-boodschap|-0.9
w:slaat|jij-boodschap|-0.96
w:slaat|argumenteren|0.98
w:slaat|bekritiseren|0.9
w:slag|geruststellen|-0.99
w:slapen|argumenteren|0.93
w:slecht|parafrase|-0.96
w:slecht|samenvatting|1.6
w:slecht|vervolgafspraak|0.95
w:slechte|jij-boodschap|-0.92
w:slechte|geruststellen|2.04
w:slechte|vervolgafspraak|-0.91
w:slim|adviseren|0.83
w:slimme|ik-boodschap|-0.87
w:slimme|waarschuwen|-0.72
w:slimme|moraliseren|-0.99
w:slimme|prijzen|1.8
w:slimme|etiketteren|-0.99
w:slimste|adviseren|-0.97
w:slimste|prijzen|0.97
w:slordige|bekritiseren|-1.78
w:sluit|bedanken|0.87
w:sluiten|samenvatting|-0.8
w:smit|samenvatting|-0.84
w:smit|bevelen|0.91
w:smoesjes|bekritiseren|-2.16
w:snap|parafrase|1.8
w:snap|gevoelsreflectie|1.12
w:snap|samenvatting|-1.5
w:snap|open-vraag|-1.0
w:snap|bevelen|0.1
w:snap|waarschuwen|-0.96
w:snap|adviseren|1.0
w:snap|geruststellen|1.12
w:snapchat|samenvatting|0.84
w:snapchat|bekritiseren|-0.84
w:snapt|parafrase|-0.99
w:snapt|waarschuwen|-0.72
w:snapt|moraliseren|-0.99
w:snapt|bekritiseren|-0.56
w:snapt|prijzen|1.92
w:snapt|etiketteren|-0.99
w:snapt|interpreteren|1.7
w:snel|ik-boodschap|-0.99
w:snel|jij-boodschap|-0.85
w:snel|parafrase|0.93
w:snel|gevoelsreflectie|-1.0
w:snel|open-vraag|-0.99
w:snel|bekritiseren|-0.94
w:snel|interpreteren|-1.0
w:sneller|geruststellen|0.95
w:sociaal|geruststellen|-0.95
w:soms|jij-boodschap|0.91
w:soms|moraliseren|-0.95
w:soms|etiketteren|0.91
w:soort|bekritiseren|1.87
w:soort|afleiden|0.93
w:sophie|ik-boodschap|-0.99
w:sophie|gevoelsreflectie|0.93
w:sorry|moraliseren|0.83
w:spannend|ik-boodschap|-0.99
w:spannend|moraliseren|-0.76
w:spannend|bekritiseren|-0.91
w:spelen|bekritiseren|0.92
w:spiekt|samenvatting|-0.87
w:spiekt|waarschuwen|0.91
w:spijbelt|jij-boodschap|0.89
w:spijbelt|moraliseren|-0.92
w:spijbelt|bekritiseren|0.89
w:spijbelt|geruststellen|-0.97
w:sport|bekritiseren|0.86
w:spreek|samenvatting|1.0
w:spreek|adviseren|-1.0
w:spreek|afronding-aankondigen|-1.0
w:spreken|ik-boodschap|-0.98
w:spreken|jij-boodschap|0.93
w:spreken|samenvatting|0.82
w:spreken|vervolgafspraak|0.93
w:spreker|ik-boodschap|0.98
w:spullen|ik-boodschap|0.89
w:spullen|bevelen|1.0
w:spullen|bekritiseren|0.99
w:spullen|interpreteren|-1.0
w:spullen|afleiden|-1.0
w:sta|ik-boodschap|0.92
w:staan|samenvatting|-1.0
w:staan|moraliseren|-1.0
w:staan|argumenteren|1.0
w:staat|ik-boodschap|-1.68
w:staat|jij-boodschap|-0.99
w:staat|samenvatting|-0.98
w:staat|open-vraag|-0.97
w:staat|waarschuwen|-0.88
w:staat|argumenteren|0.53
w:staat|afleiden|-0.89
w:staat|vervolgafspraak|-0.96
w:stage|jij-boodschap|-1.03
w:stage|bekritiseren|-0.78
w:stage|ondervragen|-0.99
w:stage|afleiden|0.96
w:stagebegeleider|bevelen|1.69
w:stagebegeleider|vervolgafspraak|-1.79
w:stap|open-vraag|-1.0
w:stap|ondervragen|1.0
w:star|waarschuwen|-1.0
w:star|prijzen|-1.0
w:star|bedanken|-1.0
w:staren|ik-boodschap|-0.94
w:statistisch|argumenteren|0.87
w:steeds|ik-boodschap|1.18
w:steeds|jij-boodschap|2.37
w:steeds|parafrase|-0.9
w:steeds|gevoelsreflectie|-1.87
w:steeds|bevelen|-0.98
w:steeds|moraliseren|-0.95
w:steeds|argumenteren|-0.99
w:steeds|bekritiseren|2.23
w:steeds|prijzen|-0.99
w:steeds|interpreteren|-1.0
w:steeds|ondervragen|0.98
w:steeds|vervolgafspraak|-0.99
w:stel|ik-boodschap|-0.95
w:stel|argumenteren|-1.0
w:stel|etiketteren|0.99
w:stel|geruststellen|-1.0
w:stel|afleiden|-0.99
w:stel|vervolgafspraak|0.68
w:stellen|ik-boodschap|0.99
w:stellen|waarschuwen|-0.99
w:stellen|moraliseren|0.93
w:stellen|bekritiseren|0.21
w:stelt|jij-boodschap|0.94
w:stelt|bekritiseren|2.96
w:stemming|open-vraag|1.0
w:sterk|interpreteren|0.95
w:sterke|interpreteren|-0.93
w:steunen|moraliseren|0.98
w:stiefvader|ik-boodschap|-0.67
w:stil|waarschuwen|-1.0
w:stil|geruststellen|-0.47
w:stil|ondervragen|-0.94
w:stilleggen|bedanken|-0.94
w:stoeien|ik-boodschap|0.99
w:stoer|jij-boodschap|-0.58
w:stoer|parafrase|0.95
w:stoer|aanmoediging|-1.0
w:stoer|waarschuwen|-1.0
w:stoer|etiketteren|-1.0
w:stoer|interpreteren|2.0
w:stoer|ondervragen|-1.0
w:stoer|afronding-aankondigen|-1.0
w:stof|ik-boodschap|0.92
w:stof|waarschuwen|-0.93
w:stof|bekritiseren|-0.56
w:stond|adviseren|-0.99
w:stond|argumenteren|1.94
w:stond|prijzen|-0.99
w:stop|bevelen|0.88
w:stoppen|ik-boodschap|-1.0
w:stoppen|parafrase|-0.99
w:stoppen|moraliseren|-0.77
w:stoppen|bekritiseren|-1.97
w:stoppen|interpreteren|-0.77
w:stoppen|afleiden|-1.0
w:stoppen|afronding-aankondigen|0.96
w:stoppen|vervolgafspraak|1.82
w:stopt|ik-boodschap|-0.96
w:stopt|waarschuwen|0.96
w:straf|open-vraag|0.98
w:strafwerk|waarschuwen|-0.97
w:strafwerk|bekritiseren|-0.98
w:straks|ik-boodschap|0.92
w:straks|waarschuwen|1.88
w:straks|afleiden|-0.96
w:straks|vervolgafspraak|-1.79
w:streep|afronding-aankondigen|1.0
w:strenger|bekritiseren|0.83
w:stress|argumenteren|-0.51
w:structuur|samenvatting|0.83
w:structuur|aanmoediging|-0.99
w:structuur|bevelen|-0.96
w:structuur|bekritiseren|-1.82
w:structuur|ondervragen|-1.0
w:structuur|vervolgafspraak|-1.0
w:structuur|bedanken|0.14
w:struikelen|ik-boodschap|-0.84
w:studiewijzer|ik-boodschap|-0.9
w:studiewijzer|argumenteren|1.75
w:studiewijzer|bekritiseren|0.9
w:stuk|jij-boodschap|-1.0
w:stuk|bekritiseren|-1.0
w:stuk|prijzen|-0.97
w:stuk|etiketteren|0.72
w:stuk|geruststellen|-0.89
w:sturen|bekritiseren|2.61
w:stuur|samenvatting|-0.93
w:stuur|waarschuwen|0.92
w:stuur|argumenteren|-0.86
w:stuur|vervolgafspraak|0.98
w:stuurde|bekritiseren|0.62
w:sven|adviseren|0.94
w:t|ik-boodschap|-0.67
w:taak|moraliseren|0.96
w:tafel|ik-boodschap|-0.92
w:tafel|afronding-aankondigen|-0.94
w:tafel|vervolgafspraak|1.74
w:tandarts|bevelen|-0.93
w:tas|ik-boodschap|-0.84
w:te|ik-boodschap|-1.13
w:te|jij-boodschap|-0.2
w:te|parafrase|1.18
w:te|gevoelsreflectie|-0.96
w:te|samenvatting|-0.1
w:te|open-vraag|-1.08
w:te|aanmoediging|-1.0
w:te|bevelen|-3.6
w:te|waarschuwen|-1.08
w:te|moraliseren|1.98
w:te|argumenteren|1.84
w:te|bekritiseren|1.96
w:te|prijzen|-2.82
w:te|etiketteren|-1.07
w:te|interpreteren|-0.18
w:te|geruststellen|-1.99
w:te|ondervragen|-1.92
w:te|afleiden|-0.17
w:te|afronding-aankondigen|-1.0
w:te|vervolgafspraak|-0.1
w:te|bedanken|-0.99
w:team|ik-boodschap|0.98
w:teamleider|ik-boodschap|-1.0
w:teamleider|gevoelsreflectie|-0.91
w:teamleider|waarschuwen|0.92
w:teamleider|afleiden|-1.0
w:teamleider|vervolgafspraak|1.0
w:teamleider|bedanken|-1.0
w:tegelijk|ik-boodschap|0.93
w:tegen|jij-boodschap|0.99
w:tegen|parafrase|-0.97
w:tegen|gevoelsreflectie|1.86
w:tegen|samenvatting|-0.82
w:tegen|open-vraag|-0.99
w:tegen|bevelen|0.88
w:tegen|bekritiseren|-1.29
w:tegen|etiketteren|-0.97
w:tegenover|jij-boodschap|0.92
w:tegenover|bekritiseren|0.55
w:tegenovergestelde|jij-boodschap|0.94
w:tegenovergestelde|bekritiseren|0.94
w:tekening|etiketteren|-0.85
w:tekent|moraliseren|-0.96
w:tekortgeschoten|bekritiseren|0.41
w:telefoon|ik-boodschap|-1.03
w:telefoon|jij-boodschap|-0.88
w:telefoon|gevoelsreflectie|-0.88
w:telefoon|bevelen|0.83
w:telefoon|waarschuwen|1.0
w:telefoon|moraliseren|-1.0
w:telefoon|adviseren|0.81
w:telefoon|bekritiseren|-2.65
w:telefoon|prijzen|-0.97
w:telefoon|ondervragen|1.0
w:telefoon|vervolgafspraak|-0.93
w:telefoon|bedanken|-1.0
w:telefoonnummer|open-vraag|-0.96
w:telefoons|jij-boodschap|-0.42
w:telefoons|bevelen|0.9
w:telefoons|argumenteren|-0.9
w:teleur|jij-boodschap|0.94
w:teleur|bekritiseren|0.94
w:teleurgesteld|ik-boodschap|-0.99
w:teleurgesteld|gevoelsreflectie|2.78
w:teleurgesteld|bekritiseren|0.8
w:teleurgesteld|prijzen|-0.91
w:teleurgesteld|vervolgafspraak|0.92
w:tenminste|afleiden|0.96
w:terecht|jij-boodschap|-0.89
w:terecht|geruststellen|0.91
w:terug|parafrase|-1.74
w:terug|samenvatting|0.93
w:terug|afronding-aankondigen|-0.83
w:terug|vervolgafspraak|-0.85
w:terug|bedanken|-0.97
w:teruggebeld|parafrase|-0.98
w:terwijl|moraliseren|0.93
w:terwijl|argumenteren|-0.99
w:terwijl|bekritiseren|0.21
w:tess|ik-boodschap|-0.97
w:tess|vervolgafspraak|0.95
w:tevoren|parafrase|0.91
w:thanks|bedanken|0.95
w:thee|ondervragen|-0.96
w:thijs|ik-boodschap|0.8
w:thijs|moraliseren|-0.92
w:thuis|ik-boodschap|-0.86
w:thuis|parafrase|-0.79
w:thuis|gevoelsreflectie|-1.93
w:thuis|samenvatting|1.55
w:thuis|open-vraag|2.09
w:thuis|bevelen|-0.89
w:thuis|waarschuwen|0.99
w:thuis|moraliseren|-0.99
w:thuis|argumenteren|-0.98
w:thuis|bekritiseren|-0.69
w:thuis|prijzen|0.67
w:thuis|interpreteren|1.82
w:thuis|geruststellen|-1.69
w:thuis|ondervragen|1.0
w:thuis|afleiden|-2.89
w:thuis|afronding-aankondigen|-0.97
w:thuis|bedanken|0.93
w:thuisgehouden|bekritiseren|0.52
w:thuiskomt|jij-boodschap|0.86
w:thuiskomt|prijzen|-0.99
w:tien|ik-boodschap|0.91
w:tien|open-vraag|0.99
w:tien|waarschuwen|-0.91
w:tien|argumenteren|-0.96
w:tien|ondervragen|-0.82
w:tijd|ik-boodschap|-1.81
w:tijd|parafrase|-1.0
w:tijd|samenvatting|0.12
w:tijd|aanmoediging|0.95
w:tijd|argumenteren|-1.97
w:tijd|bekritiseren|0.97
w:tijd|etiketteren|-0.99
w:tijd|interpreteren|-1.55
w:tijd|afronding-aankondigen|0.1
w:tijd|bedanken|1.74
w:tijden|adviseren|1.0
w:tijdens|open-vraag|-0.98
w:tijdens|bevelen|-0.98
w:tijdens|vervolgafspraak|-0.99
w:tijdje|vervolgafspraak|-0.99
w:tijdstip|afronding-aankondigen|0.98
w:tijdstip|vervolgafspraak|0.98
w:tillen|geruststellen|-0.94
w:tillen|afleiden|0.94
w:tip|parafrase|-0.72
w:tip|samenvatting|-1.0
w:tip|waarschuwen|-0.99
w:tip|adviseren|1.0
w:tja|open-vraag|-0.9
w:tja|bekritiseren|1.64
w:tja|afleiden|0.9
w:tja|bedanken|-1.75
w:toch|jij-boodschap|0.86
w:toch|aanmoediging|-1.0
w:toch|bevelen|-0.91
w:toch|waarschuwen|-0.99
w:toch|moraliseren|3.89
w:toch|argumenteren|-0.98
w:toch|bekritiseren|-1.14
w:toch|prijzen|1.79
w:toch|etiketteren|0.88
w:toch|interpreteren|-0.66
w:toch|geruststellen|-0.79
w:toch|ondervragen|-1.8
w:toch|afleiden|0.1
w:toe|ik-boodschap|1.88
w:toe|jij-boodschap|0.93
w:toe|parafrase|-0.81
w:toe|samenvatting|0.72
w:toe|waarschuwen|-1.88
w:toe|interpreteren|-1.0
w:toe|vervolgafspraak|0.84
w:toegeven|interpreteren|0.91
w:toekomt|ik-boodschap|0.99
w:toen|jij-boodschap|0.58
w:toen|gevoelsreflectie|-0.9
w:toen|samenvatting|-1.89
w:toen|aanmoediging|1.07
w:toen|bekritiseren|-0.2
w:toen|afleiden|-0.93
w:toen|vervolgafspraak|-0.97
w:toen|bedanken|-0.94
w:toets|jij-boodschap|-1.0
w:toets|parafrase|0.91
w:toets|gevoelsreflectie|0.92
w:toets|samenvatting|-0.92
w:toets|bevelen|-0.98
w:toets|waarschuwen|0.91
w:toets|argumenteren|1.05
w:toets|bekritiseren|-1.0
w:toets|etiketteren|-1.0
w:toets|geruststellen|0.1
w:toets|ondervragen|-0.81
w:toets|vervolgafspraak|1.34
w:toetsdatum|prijzen|-0.99
w:toetsen|ik-boodschap|0.98
w:toetsen|parafrase|-0.95
w:toetsen|samenvatting|-1.0
w:toetsen|open-vraag|-0.95
w:toetsen|bevelen|-1.0
w:toetsen|adviseren|-0.9
w:toetsen|argumenteren|0.85
w:toetsen|bekritiseren|-0.99
w:toetsweek|argumenteren|1.23
w:toetsweek|vervolgafspraak|0.99
w:toevoegen|samenvatting|0.72
w:toezicht|parafrase|-1.0
w:toezicht|samenvatting|1.0
w:tolk|ik-boodschap|-1.81
w:tolk|parafrase|0.95
w:tom|ik-boodschap|-0.94
w:tom|parafrase|0.95
w:toon|bekritiseren|0.72
w:topmoeder|prijzen|0.67
w:tornen|argumenteren|0.88
w:tot|ik-boodschap|-1.0
w:tot|jij-boodschap|-0.96
w:tot|parafrase|-0.81
w:tot|samenvatting|0.72
w:tot|waarschuwen|0.4
w:tot|adviseren|-1.98
w:tot|argumenteren|0.78
w:tot|bekritiseren|0.21
w:tot|bedanken|1.0
w:totaal|afleiden|-1.0
w:trainingen|ik-boodschap|0.98
w:trap|ik-boodschap|0.94
w:trekken|bekritiseren|0.59
w:trekt|parafrase|0.1
w:trekt|waarschuwen|-0.95
w:trouwens|bekritiseren|-0.66
w:trouwens|geruststellen|0.99
w:trouwens|afleiden|0.86
w:tussen|ik-boodschap|0.32
w:twaalf|argumenteren|0.78
w:twee|ik-boodschap|1.04
w:twee|jij-boodschap|-0.95
w:twee|parafrase|-0.91
w:twee|gevoelsreflectie|-0.92
w:twee|samenvatting|0.85
w:twee|argumenteren|0.77
w:twee|geruststellen|-0.9
w:twee|afronding-aankondigen|-0.96
w:twee|vervolgafspraak|0.27
w:tweede|gevoelsreflectie|0.97
w:tweede|waarschuwen|0.93
w:tweede|argumenteren|-0.79
w:tweede|geruststellen|0.96
w:tweede|afleiden|0.99
w:tweede|bedanken|-0.85
w:tygo|ik-boodschap|1.0
w:tygo|waarschuwen|-1.0
w:tygo|etiketteren|0.97
w:tygo|interpreteren|-1.0
w:typerend|ik-boodschap|-0.8
w:typisch|etiketteren|0.79
w:u|ik-boodschap|-3.68
w:u|jij-boodschap|-0.6
w:u|parafrase|-0.88
w:u|gevoelsreflectie|-0.1
w:u|samenvatting|-3.58
w:u|open-vraag|0.88
w:u|aanmoediging|-1.6
w:u|bevelen|-1.02
w:u|waarschuwen|-1.17
w:u|moraliseren|-2.81
w:u|bekritiseren|-0.16
w:u|prijzen|-0.92
w:u|etiketteren|-1.1
w:u|geruststellen|-0.72
w:u|ondervragen|-0.92
w:u|afleiden|-2.95
w:u|afronding-aankondigen|-4.37
w:u|vervolgafspraak|1.65
w:u|bedanken|0.78
w:uit|gevoelsreflectie|-0.89
w:uit|open-vraag|-0.99
w:uit|bevelen|1.0
w:uit|waarschuwen|-0.99
w:uit|argumenteren|0.93
w:uit|geruststellen|-0.9
w:uit|ondervragen|-0.82
w:uit|afleiden|-0.94
w:uitdagen|ik-boodschap|1.0
w:uitdagen|waarschuwen|-1.0
w:uitdagen|interpreteren|-1.0
w:uitdaging|interpreteren|0.86
w:uiterlijk|bevelen|1.73
w:uitgelachen|ik-boodschap|0.95
w:uitgelachen|gevoelsreflectie|-0.95
w:uitgelachen|argumenteren|-0.96
w:uitgeschreven|ik-boodschap|-0.99
w:uitkomt|ik-boodschap|-0.94
w:uitlachen|ik-boodschap|-0.95
w:uitlachen|moraliseren|0.95
w:uitleg|ik-boodschap|1.93
w:uitleg|parafrase|0.93
w:uitleg|samenvatting|0.91
w:uitleg|open-vraag|1.98
w:uitleg|waarschuwen|-1.0
w:uitleg|argumenteren|-0.99
w:uitleg|interpreteren|-1.0
w:uitleg|vervolgafspraak|-1.11
w:uitnodigen|samenvatting|-1.0
w:uitnodigen|vervolgafspraak|1.0
w:uitpraten|bevelen|0.82
w:uitpraten|bekritiseren|0.59
w:uitschelden|jij-boodschap|-1.81
w:uitschelden|moraliseren|1.73
w:uitschelden|bekritiseren|-1.58
w:uitslag|prijzen|0.83
w:uitslag|bedanken|0.95
w:uitzetten|adviseren|1.0
w:uitzien|gevoelsreflectie|-0.91
w:uitzondering|argumenteren|0.92
w:uploaden|geruststellen|-0.92
w:uur|gevoelsreflectie|-0.93
w:uur|bevelen|0.99
w:uur|argumenteren|-0.18
w:uur|bekritiseren|0.84
w:uur|ondervragen|0.18
w:uur|afleiden|-0.9
w:uur|afronding-aankondigen|0.72
w:uur|vervolgafspraak|1.88
w:uur|bedanken|-1.0
w:uurtje|gevoelsreflectie|0.88
w:uw|parafrase|0.98
w:uw|gevoelsreflectie|-0.88
w:uw|bevelen|-0.82
w:uw|moraliseren|0.16
w:uw|adviseren|-0.99
w:uw|prijzen|1.88
w:uw|etiketteren|-0.92
w:uw|interpreteren|-0.11
w:uw|geruststellen|-1.0
w:uw|ondervragen|-1.0
w:uw|afronding-aankondigen|-1.75
w:uw|vervolgafspraak|-1.38
w:uw|bedanken|1.94
w:uzelf|gevoelsreflectie|-1.0
w:vaak|ik-boodschap|-1.87
w:vaak|parafrase|-0.9
w:vaak|gevoelsreflectie|-1.98
w:vaak|samenvatting|0.91
w:vaak|open-vraag|1.98
w:vaak|bekritiseren|-1.0
w:vaak|vervolgafspraak|-1.64
w:vader|ik-boodschap|-0.99
w:vader|parafrase|0.76
w:vader|samenvatting|-1.63
w:vader|bevelen|-1.8
w:vader|adviseren|-0.92
w:vader|bekritiseren|0.84
w:vader|prijzen|0.95
w:vader|vervolgafspraak|0.86
w:vak|open-vraag|-0.91
w:vakantie|jij-boodschap|0.51
w:vakantie|adviseren|-0.97
w:vakantie|interpreteren|0.78
w:vakantie|ondervragen|-1.0
w:vakantie|afleiden|1.0
w:vakantie|vervolgafspraak|-1.76
w:vakantieweek|vervolgafspraak|-0.97
w:vakdocenten|samenvatting|1.0
w:vakdocenten|adviseren|-1.0
w:vakdocenten|afronding-aankondigen|-1.0
w:vaker|gevoelsreflectie|-0.91
w:vaker|bevelen|-0.8
w:vaker|bekritiseren|-0.76
w:vakken|parafrase|1.0
w:vakken|moraliseren|-1.0
w:valt|ik-boodschap|-0.92
w:valt|argumenteren|0.88
w:van|ik-boodschap|0.91
w:van|jij-boodschap|-0.22
w:van|gevoelsreflectie|-1.07
w:van|samenvatting|-0.87
w:van|aanmoediging|-1.0
w:van|bevelen|-0.93
w:van|waarschuwen|-0.99
w:van|adviseren|-3.13
w:van|argumenteren|-0.83
w:van|bekritiseren|1.82
w:van|prijzen|-0.74
w:van|etiketteren|-0.2
w:van|interpreteren|-0.66
w:van|geruststellen|-0.96
w:van|ondervragen|0.82
w:van|vervolgafspraak|-1.87
w:vanaf|bevelen|1.0
w:vanaf|vervolgafspraak|-0.83
w:vanavond|vervolgafspraak|0.86
w:vandaag|ik-boodschap|-0.96
w:vandaag|samenvatting|-0.82
w:vandaag|open-vraag|0.98
w:vandaag|adviseren|-1.0
w:vandaag|bekritiseren|-0.66
w:vandaag|prijzen|-0.97
w:vandaag|interpreteren|-0.77
w:vandaag|geruststellen|-0.89
w:vandaag|afleiden|-0.98
w:vandaag|afronding-aankondigen|1.2
w:vandaag|vervolgafspraak|0.79
w:vandaag|bedanken|-0.89
w:vanmiddag|bevelen|1.74
w:vanmiddag|geruststellen|-0.82
w:vanmiddag|afronding-aankondigen|-0.97
w:vanochtend|interpreteren|-0.99
w:vanzelf|geruststellen|1.85
w:vanzelf|afleiden|-0.89
w:vast|ik-boodschap|-0.87
w:vast|jij-boodschap|-2.73
w:vast|parafrase|-0.99
w:vast|waarschuwen|-0.97
w:vast|moraliseren|-1.95
w:vast|argumenteren|-1.01
w:vast|bekritiseren|-1.99
w:vast|prijzen|5.07
w:vast|etiketteren|-1.96
w:vast|interpreteren|-0.93
w:vast|geruststellen|-0.79
w:vast|afronding-aankondigen|-0.8
w:vast|vervolgafspraak|-0.88
w:vast|bedanken|-0.8
w:vaste|adviseren|1.98
w:vaste|vervolgafspraak|0.99
w:vastligt|argumenteren|0.8
w:vastloopt|waarschuwen|-0.93
w:vecht|bevelen|-0.92
w:veel|samenvatting|-1.0
w:veel|open-vraag|-0.96
w:veel|bevelen|-1.0
w:veel|waarschuwen|-1.93
w:veel|etiketteren|-1.93
w:veel|interpreteren|-0.95
w:veertien|argumenteren|-0.96
w:veilig|interpreteren|-0.91
w:vel|moraliseren|-0.97
w:veranderde|parafrase|0.91
w:veranderen|gevoelsreflectie|-0.98
w:verantwoordelijk|ik-boodschap|0.99
w:verantwoordelijkheid|open-vraag|-0.93
w:verantwoordelijkheid|bevelen|-0.85
w:verantwoordelijkheid|moraliseren|0.98
w:verantwoordelijkheid|afleiden|-1.0
w:verbergen|interpreteren|1.7
w:verbouwing|afleiden|0.98
w:verder|parafrase|-0.84
w:verder|gevoelsreflectie|-0.99
w:verder|open-vraag|-1.0
w:verder|aanmoediging|1.8
w:verder|vervolgafspraak|0.9
w:verdergaan|ik-boodschap|-0.95
w:verdergaan|geruststellen|-0.96
w:verdiend|parafrase|-0.96
w:verdoen|jij-boodschap|1.01
w:verdoen|samenvatting|-0.82
w:verdoen|bevelen|-0.82
w:verdoen|bekritiseren|1.64
w:verdriet|gevoelsreflectie|0.92
w:verdrietig|gevoelsreflectie|0.94
w:verdrietig|open-vraag|0.94
w:verdrietig|interpreteren|-0.66
w:verdrietig|ondervragen|-1.0
w:verdrietig|afronding-aankondigen|-1.0
w:vergeet|ik-boodschap|0.89
w:vergeet|moraliseren|-0.95
w:vergeet|argumenteren|0.94
w:vergeet|bekritiseren|0.89
w:vergeet|vervolgafspraak|0.95
w:vergeten|gevoelsreflectie|-0.92
w:vergeten|samenvatting|-0.97
w:vergeten|geruststellen|1.93
w:vergissing|geruststellen|-0.94
w:vergist|adviseren|-0.99
w:vergist|argumenteren|0.99
w:vergist|prijzen|-0.99
w:verhaal|jij-boodschap|0.23
w:verhaal|bekritiseren|-1.07
w:verhaal|afleiden|1.0
w:verhuizing|interpreteren|0.94
w:verhuizing|geruststellen|-0.47
w:verhuizing|vervolgafspraak|-1.0
w:verkeerd|jij-boodschap|-0.92
w:verkeerd|geruststellen|1.49
w:verklaard|samenvatting|-0.87
w:verklaard|waarschuwen|0.91
w:verlaagt|argumenteren|0.93
w:verliest|adviseren|-0.91
w:verpest|ik-boodschap|-0.99
w:verpest|jij-boodschap|2.34
w:verpest|waarschuwen|0.99
w:verpest|bekritiseren|2.15
w:verpleegkundige|prijzen|0.97
w:verprutst|bekritiseren|1.7
w:verrast|ik-boodschap|0.98
w:verschil|ondervragen|-1.0
w:verschil|afleiden|-0.91
w:verschrikkelijk|bekritiseren|-0.77
w:verslag|bekritiseren|-0.89
w:versloffen|bekritiseren|0.98
w:verstandig|adviseren|-0.98
w:verstandig|prijzen|0.98
w:vertel|ik-boodschap|-0.94
w:vertel|parafrase|-0.99
w:vertel|samenvatting|-0.84
w:vertel|open-vraag|1.0
w:vertel|aanmoediging|2.54
w:vertel|geruststellen|-1.0
w:verteld|parafrase|0.81
w:vertelde|jij-boodschap|-0.93
w:vertelde|geruststellen|-0.97
w:vertellen|ik-boodschap|-0.99
w:vertellen|parafrase|-1.99
w:vertellen|bevelen|-1.0
w:vertellen|waarschuwen|1.0
w:vertellen|adviseren|-1.96
w:vertellen|bekritiseren|-1.0
w:vertelt|gevoelsreflectie|0.92
w:vertelt|samenvatting|-0.99
w:vertelt|open-vraag|-0.93
w:vertelt|aanmoediging|0.28
w:vertrouwen|bekritiseren|0.63
w:vertrouwenspersoon|vervolgafspraak|1.65
w:verveelt|bevelen|-1.0
w:verveelt|interpreteren|1.85
w:vervelend|ik-boodschap|0.93
w:vervelend|open-vraag|1.01
w:vervelend|bevelen|-0.98
w:verwaarloost|bekritiseren|0.83
w:verwend|jij-boodschap|0.99
w:verwennen|bekritiseren|0.7
w:verwent|bekritiseren|-1.31
w:verzint|bekritiseren|-2.16
w:verzuim|ik-boodschap|-0.96
w:verzuim|jij-boodschap|-1.03
w:verzuim|samenvatting|1.0
w:verzuim|waarschuwen|0.96
w:verzuim|argumenteren|-0.95
w:verzuim|bekritiseren|-0.78
w:verzuim|etiketteren|-0.97
w:verzuim|afronding-aankondigen|-0.84
w:verzuim|vervolgafspraak|1.0
w:via|parafrase|0.9
w:via|samenvatting|0.84
w:via|bekritiseren|-0.84
w:vier|ik-boodschap|-0.98
w:vierde|bekritiseren|-0.99
w:vijf|argumenteren|1.85
w:vijf|afleiden|-0.99
w:vijf|vervolgafspraak|-0.9
w:vind|ik-boodschap|2.95
w:vind|jij-boodschap|0.31
w:vind|gevoelsreflectie|-0.97
w:vind|samenvatting|-1.0
w:vind|bevelen|-0.98
w:vind|waarschuwen|-0.99
w:vind|adviseren|-0.98
w:vind|argumenteren|-0.86
w:vind|bekritiseren|0.61
w:vind|afleiden|-0.91
w:vind|vervolgafspraak|0.87
w:vinden|parafrase|1.0
w:vinden|prijzen|0.91
w:vindt|ik-boodschap|-0.99
w:vindt|jij-boodschap|0.1
w:vindt|samenvatting|0.6
w:vindt|open-vraag|-1.96
w:vindt|waarschuwen|-0.97
w:vindt|argumenteren|0.97
w:vindt|bekritiseren|0.29
w:vindt|interpreteren|-0.12
w:vindt|afronding-aankondigen|-0.98
w:vlak|argumenteren|0.93
w:vmbo|afronding-aankondigen|-0.85
w:voel|ik-boodschap|0.99
w:voelde|jij-boodschap|-0.98
w:voelen|gevoelsreflectie|0.92
w:voelt|ik-boodschap|-0.98
w:voelt|parafrase|-0.91
w:voelt|gevoelsreflectie|1.72
w:voelt|argumenteren|-0.99
w:voelt|bekritiseren|-0.48
w:voelt|interpreteren|1.05
w:voelt|ondervragen|-1.0
w:voetbal|open-vraag|-1.0
w:voetbal|adviseren|-0.99
w:voetbal|interpreteren|-1.0
w:voetbal|afleiden|0.99
w:voetbalwedstrijd|open-vraag|-0.93
w:voetbalwedstrijd|afleiden|0.93
w:voldoende|interpreteren|-1.0
w:voldoende|geruststellen|-0.9
w:voldoende|afronding-aankondigen|-1.0
w:voldoendes|argumenteren|0.84
w:volgen|ik-boodschap|0.93
w:volgen|waarschuwen|0.99
w:volgend|jij-boodschap|-0.92
w:volgend|waarschuwen|0.93
w:volgende|ik-boodschap|-1.89
w:volgende|samenvatting|-0.23
w:volgende|open-vraag|-0.99
w:volgende|bevelen|-0.82
w:volgende|moraliseren|-0.77
w:volgende|afleiden|-0.95
w:volgende|afronding-aankondigen|-0.96
w:volgende|vervolgafspraak|2.86
w:volgende|bedanken|-0.11
w:volgens|jij-boodschap|-0.93
w:volgens|parafrase|0.99
w:volgens|gevoelsreflectie|-1.89
w:volgens|samenvatting|-0.95
w:volgens|open-vraag|1.85
w:volgens|waarschuwen|-1.0
w:volgens|argumenteren|-0.53
w:volgens|etiketteren|-1.0
w:volgens|interpreteren|1.63
w:volgens|geruststellen|-0.47
w:volgens|ondervragen|-1.0
w:volgt|adviseren|-0.98
w:volwassen|parafrase|-0.99
w:volwassen|prijzen|0.99
w:vond|ik-boodschap|1.93
w:vond|bekritiseren|-0.1
w:vond|prijzen|-0.95
w:vond|interpreteren|-0.99
w:vond|geruststellen|-0.97
w:vond|afleiden|0.91
w:vond|vervolgafspraak|-0.97
w:voor|ik-boodschap|0.95
w:voor|jij-boodschap|-2.26
w:voor|parafrase|0.92
w:voor|gevoelsreflectie|-0.95
w:voor|samenvatting|0.85
w:voor|open-vraag|0.94
w:voor|waarschuwen|0.93
w:voor|moraliseren|-0.12
w:voor|argumenteren|-0.49
w:voor|bekritiseren|-1.94
w:voor|prijzen|-1.96
w:voor|etiketteren|-0.72
w:voor|interpreteren|-1.77
w:voor|geruststellen|-1.0
w:voor|ondervragen|-1.0
w:voor|afleiden|-0.98
w:voor|afronding-aankondigen|0.38
w:voor|vervolgafspraak|-1.52
w:voor|bedanken|3.02
w:vooral|jij-boodschap|-0.92
w:vooral|parafrase|1.25
w:vooral|gevoelsreflectie|0.93
w:vooral|samenvatting|-0.75
w:vooral|moraliseren|-1.0
w:vooral|bekritiseren|-0.84
w:voorbeeld|gevoelsreflectie|-0.94
w:voorbeeld|adviseren|-0.92
w:voorbeeldfunctie|argumenteren|-0.99
w:voorbij|ik-boodschap|-0.95
w:voorkomen|bekritiseren|0.96
w:voorstellen|ik-boodschap|-0.99
w:voorstellen|gevoelsreflectie|0.94
w:voorstellen|interpreteren|-0.99
w:voorstellen|geruststellen|-0.99
w:voorstelling|adviseren|-0.99
w:voortaan|jij-boodschap|0.93
w:voorzichtig|waarschuwen|-1.0
w:voorzichtig|prijzen|-1.0
w:voorzichtig|bedanken|-1.0
w:vorig|geruststellen|-1.0
w:vorige|ik-boodschap|0.94
w:vorige|jij-boodschap|0.58
w:vorige|parafrase|-0.99
w:vorige|bekritiseren|0.38
w:vorige|geruststellen|-0.97
w:vorige|ondervragen|0.94
w:vraag|jij-boodschap|0.84
w:vraag|gevoelsreflectie|-0.82
w:vraag|bevelen|0.15
w:vraag|waarschuwen|-0.99
w:vraag|bekritiseren|0.98
w:vraag|afleiden|-0.99
w:vraag|bedanken|-0.91
w:vraagt|argumenteren|-0.99
w:vraagt|etiketteren|-0.92
w:vragen|adviseren|1.77
w:vragen|prijzen|-0.81
w:vreselijk|bekritiseren|2.02
w:vrienden|samenvatting|1.73
w:vrienden|open-vraag|0.99
w:vrienden|afronding-aankondigen|-0.95
w:vriendengroep|vervolgafspraak|-0.99
w:vriendinnen|ik-boodschap|-0.99
w:vries|interpreteren|-0.91
w:vrijdag|ik-boodschap|-0.98
w:vrijdag|open-vraag|-0.99
w:vrijdag|waarschuwen|1.0
w:vrijdag|moraliseren|-0.95
w:vrijdag|adviseren|-1.0
w:vrijdag|geruststellen|-1.0
w:vrijdag|afleiden|-0.96
w:vrijdag|afronding-aankondigen|-1.0
w:vrijdag|vervolgafspraak|0.99
w:vrijdag|bedanken|-0.7
w:vrijdagmiddag|bekritiseren|-0.94
w:vrije|ik-boodschap|-0.87
w:vrije|moraliseren|-0.99
w:vrije|etiketteren|-0.99
w:vrijheid|bevelen|-0.97
w:vrijheid|adviseren|1.0
w:vrijheid|bekritiseren|0.81
w:vrijheid|prijzen|-0.81
w:vrijheid|interpreteren|-0.81
w:vroeger|interpreteren|0.95
w:vrouw|waarschuwen|-0.72
w:vrouw|prijzen|1.74
w:vrouw|interpreteren|-0.93
w:waait|afleiden|-0.68
w:waar|ik-boodschap|0.92
w:waar|parafrase|-1.0
w:waar|gevoelsreflectie|-0.99
w:waar|open-vraag|0.93
w:waar|waarschuwen|-0.93
w:waar|adviseren|-0.99
w:waar|argumenteren|0.96
w:waar|bekritiseren|-1.57
w:waar|geruststellen|-0.99
w:waar|afleiden|-0.93
w:waar|vervolgafspraak|-0.96
w:waardeer|afronding-aankondigen|-0.99
w:waardeer|bedanken|0.87
w:waardeloos|moraliseren|-1.0
w:waardeloos|bekritiseren|1.0
w:waardeloos|geruststellen|-1.0
w:waardoor|ik-boodschap|1.97
w:waardoor|parafrase|-0.9
w:waardoor|gevoelsreflectie|-0.92
w:waardoor|open-vraag|0.98
w:waardoor|bekritiseren|-0.89
w:waardoor|vervolgafspraak|-0.93
w:waarom|ik-boodschap|-0.98
w:waarom|gevoelsreflectie|0.9
w:waarom|samenvatting|-0.94
w:waarom|open-vraag|-1.98
w:waarom|aanmoediging|-0.86
w:waarom|bevelen|-0.99
w:waarom|moraliseren|-0.98
w:waarom|argumenteren|-0.99
w:waarom|bekritiseren|0.55
w:waarom|prijzen|-0.94
w:waarom|etiketteren|-1.0
w:waarom|ondervragen|3.93
w:waarom|afleiden|-1.0
w:waarop|samenvatting|-0.87
w:waarschuw|waarschuwen|0.93
w:wachten|ik-boodschap|0.93
w:wachten|moraliseren|-0.77
w:wachten|prijzen|0.83
w:wachten|vervolgafspraak|-1.57
w:wachten|bedanken|-0.9
w:wakker|gevoelsreflectie|1.0
w:wakker|open-vraag|-1.0
w:wakker|etiketteren|-1.0
w:wakker|geruststellen|1.97
w:wakker|afleiden|-0.98
w:wanneer|ik-boodschap|1.94
w:wanneer|gevoelsreflectie|-0.94
w:wanneer|samenvatting|-1.0
w:wanneer|open-vraag|-0.98
w:wanneer|bevelen|-0.98
w:wanneer|waarschuwen|-1.91
w:wanneer|adviseren|-0.99
w:wanneer|bekritiseren|-0.94
w:wanneer|ondervragen|1.0
w:wanneer|vervolgafspraak|-0.92
w:want|ik-boodschap|3.6
w:want|adviseren|-0.99
w:want|argumenteren|1.9
w:want|bekritiseren|0.8
w:want|interpreteren|-0.86
w:want|geruststellen|-1.0
w:waren|bekritiseren|-0.52
w:waren|ondervragen|1.0
w:was|ik-boodschap|-1.94
w:was|jij-boodschap|-0.96
w:was|parafrase|0.91
w:was|gevoelsreflectie|0.92
w:was|open-vraag|-1.97
w:was|waarschuwen|-0.87
w:was|moraliseren|-0.98
w:was|adviseren|1.81
w:was|bekritiseren|0.53
w:was|prijzen|-0.97
w:was|etiketteren|-0.97
w:was|ondervragen|1.98
w:was|vervolgafspraak|0.92
w:wat|ik-boodschap|2.42
w:wat|jij-boodschap|1.79
w:wat|gevoelsreflectie|-1.78
w:wat|samenvatting|0.72
w:wat|open-vraag|4.09
w:wat|aanmoediging|-1.6
w:wat|adviseren|1.7
w:wat|bekritiseren|0.3
w:wat|prijzen|-0.11
w:wat|geruststellen|0.21
w:wat|ondervragen|-1.95
w:wat|afleiden|1.82
w:wat|afronding-aankondigen|-1.98
w:wat|vervolgafspraak|0.72
w:wc|gevoelsreflectie|-0.91
w:wc|argumenteren|-0.99
w:we|ik-boodschap|-0.13
w:we|jij-boodschap|-1.29
w:we|parafrase|-0.91
w:we|gevoelsreflectie|-0.74
w:we|samenvatting|2.83
w:we|open-vraag|-1.99
w:we|aanmoediging|-0.97
w:we|bevelen|-1.95
w:we|waarschuwen|-1.89
w:we|moraliseren|-0.77
w:we|adviseren|-1.93
w:we|argumenteren|-0.11
w:we|bekritiseren|-3.2
w:we|interpreteren|-2.0
w:we|geruststellen|-1.93
w:we|ondervragen|0.93
w:we|afleiden|0.14
w:we|afronding-aankondigen|3.55
w:we|vervolgafspraak|3.4
w:we|bedanken|-3.13
w:website|argumenteren|-2.54
w:week|ik-boodschap|-0.1
w:week|jij-boodschap|0.58
w:week|parafrase|-0.99
w:week|gevoelsreflectie|-0.91
w:week|samenvatting|-0.23
w:week|open-vraag|-1.06
w:week|adviseren|0.98
w:week|bekritiseren|-0.24
w:week|etiketteren|-0.95
w:week|ondervragen|0.94
w:week|afleiden|-1.94
w:week|afronding-aankondigen|-1.96
w:week|vervolgafspraak|2.16
w:week|bedanken|0.79
w:weekend|ik-boodschap|0.96
w:weekend|open-vraag|-0.96
w:weekend|vervolgafspraak|-0.96
w:weekplanner|geruststellen|0.1
w:weer|jij-boodschap|0.43
w:weer|samenvatting|-0.81
w:weer|aanmoediging|-0.73
w:weer|bevelen|-0.89
w:weer|waarschuwen|0.84
w:weer|argumenteren|-0.82
w:weer|bekritiseren|1.99
w:weer|etiketteren|0.96
w:weer|afleiden|-0.84
w:weer|afronding-aankondigen|-0.96
w:weer|vervolgafspraak|1.91
w:weer|bedanken|-1.8
w:wees|geruststellen|0.88
w:weet|ik-boodschap|0.83
w:weet|jij-boodschap|1.82
w:weet|parafrase|-1.81
w:weet|gevoelsreflectie|-0.98
w:weet|samenvatting|0.82
w:weet|open-vraag|-0.97
w:weet|aanmoediging|-0.73
w:weet|bevelen|-0.91
w:weet|waarschuwen|0.99
w:weet|moraliseren|1.91
w:weet|bekritiseren|1.18
w:weet|etiketteren|0.92
w:weet|ondervragen|0.93
w:weg|bevelen|0.83
w:weg|prijzen|-0.97
w:wegblijft|bekritiseren|0.95
w:wegbrengen|bevelen|0.81
w:wegkomt|waarschuwen|0.96
w:wegkomt|interpreteren|-0.96
w:wegstopt|ik-boodschap|-1.0
w:wegstopt|waarschuwen|1.0
w:wegstopt|moraliseren|-1.0
w:wegstopt|adviseren|-1.0
w:wegzakt|ik-boodschap|0.94
w:wegzetten|bekritiseren|0.25
w:weinig|ik-boodschap|0.94
w:weinig|jij-boodschap|-0.41
w:weinig|gevoelsreflectie|-0.91
w:weinig|samenvatting|0.73
w:weinig|bekritiseren|-0.88
w:weinig|afleiden|-1.0
w:wekelijks|aanmoediging|-0.99
w:weken|ik-boodschap|0.99
w:weken|jij-boodschap|-0.95
w:weken|parafrase|-0.91
w:weken|samenvatting|0.85
w:weken|open-vraag|-1.0
w:weken|argumenteren|1.75
w:weken|prijzen|-0.99
w:weken|geruststellen|-0.92
w:weken|afronding-aankondigen|-0.96
w:weken|vervolgafspraak|1.25
w:wel|ik-boodschap|-2.73
w:wel|jij-boodschap|-0.11
w:wel|gevoelsreflectie|-3.82
w:wel|samenvatting|-2.17
w:wel|open-vraag|-0.97
w:wel|bevelen|-1.0
w:wel|waarschuwen|-0.87
w:wel|moraliseren|-0.99
w:wel|argumenteren|-1.0
w:wel|bekritiseren|-0.45
w:wel|prijzen|1.9
w:wel|etiketteren|-0.99
w:wel|interpreteren|-2.27
w:wel|geruststellen|2.56
w:wel|ondervragen|-1.0
w:wel|afleiden|1.1
w:wel|afronding-aankondigen|0.21
w:wel|vervolgafspraak|-1.03
w:welk|open-vraag|-1.87
w:welke|open-vraag|0.99
w:welke|ondervragen|-0.99
w:welkom|moraliseren|-1.0
w:welkom|bekritiseren|-0.92
w:welkom|etiketteren|-0.96
w:werd|gevoelsreflectie|0.94
w:werd|samenvatting|-0.87
w:wereld|argumenteren|-0.79
w:wereld|afleiden|0.99
w:werk|jij-boodschap|-0.98
w:werk|geruststellen|-0.86
w:werkboek|vervolgafspraak|-0.72
w:werkelijk|moraliseren|-1.0
w:werkelijk|bekritiseren|1.0
w:werkelijk|geruststellen|-1.0
w:werken|open-vraag|-0.96
w:werken|moraliseren|-0.96
w:werken|interpreteren|-0.94
w:werkstuk|bevelen|1.73
w:werkstuk|waarschuwen|1.0
w:werkstuk|moraliseren|-1.0
w:werkstuk|bekritiseren|1.0
w:werkstuk|prijzen|-0.92
w:werkstuk|geruststellen|-1.99
w:werkt|bevelen|-0.99
w:werkt|argumenteren|1.77
w:werkweek|ik-boodschap|-1.79
w:werkweek|parafrase|0.95
w:weten|jij-boodschap|-0.93
w:weten|samenvatting|0.91
w:weten|waarschuwen|-1.0
w:weten|moraliseren|1.92
w:weten|bekritiseren|1.23
w:weten|prijzen|-0.99
w:weten|ondervragen|1.0
w:weten|vervolgafspraak|1.93
w:weten|bedanken|-1.0
w:wie|ik-boodschap|-0.98
w:wie|open-vraag|-1.98
w:wie|argumenteren|1.89
w:wie|bekritiseren|-0.44
w:wie|prijzen|-0.94
w:wie|geruststellen|-0.9
w:wie|ondervragen|1.99
w:wie|afleiden|-0.93
w:wie|vervolgafspraak|-0.99
w:wifi|adviseren|1.0
w:wifi|ondervragen|-0.82
w:wijkteam|adviseren|0.96
w:wijsneus|jij-boodschap|2.57
w:wijsneus|etiketteren|1.82
w:wijze|prijzen|0.93
w:wil|ik-boodschap|-0.96
w:wil|gevoelsreflectie|-0.98
w:wil|samenvatting|0.9
w:wil|aanmoediging|-0.96
w:wil|moraliseren|-0.77
w:wil|prijzen|0.99
w:wil|etiketteren|0.99
w:wil|ondervragen|-1.0
w:wil|afleiden|0.92
w:wil|afronding-aankondigen|1.81
w:wil|bedanken|0.93
w:willen|parafrase|-0.9
w:willen|samenvatting|0.98
w:wilt|parafrase|-1.95
w:wilt|gevoelsreflectie|-0.67
w:wilt|samenvatting|2.68
w:wilt|open-vraag|0.98
w:wilt|bekritiseren|-1.79
w:wilt|interpreteren|1.91
w:wilt|ondervragen|-1.96
w:wilt|vervolgafspraak|-1.63
w:wilt|bedanken|-0.87
w:wiskunde|gevoelsreflectie|-0.91
w:wiskunde|argumenteren|0.98
w:wiskunde|bekritiseren|-0.36
w:wiskunde|ondervragen|-1.0
w:wist|ik-boodschap|-0.92
w:wist|samenvatting|0.95
w:wist|vervolgafspraak|-1.53
w:wit|samenvatting|-1.0
w:wit|moraliseren|-1.0
w:wit|argumenteren|1.0
w:woensdag|samenvatting|0.86
w:woensdag|argumenteren|-0.98
w:woensdag|prijzen|0.91
w:woensdag|vervolgafspraak|1.91
w:woord|afleiden|-0.91
w:woorden|ik-boodschap|-0.92
w:woorden|parafrase|1.93
w:woorden|argumenteren|-0.94
w:woorden|geruststellen|-0.93
w:woordjes|waarschuwen|-0.99
w:word|ik-boodschap|0.95
w:word|interpreteren|-0.66
w:word|ondervragen|-1.0
w:word|afronding-aankondigen|-1.0
w:worden|parafrase|1.0
w:worden|argumenteren|0.99
w:wordt|ik-boodschap|-0.85
w:wordt|jij-boodschap|-0.99
w:wordt|parafrase|1.76
w:wordt|gevoelsreflectie|0.83
w:wordt|samenvatting|-1.82
w:wordt|waarschuwen|0.91
w:yusuf|open-vraag|-0.96
w:yusuf|ondervragen|-1.0
w:yusuf|vervolgafspraak|-1.0
w:zag|ik-boodschap|-0.94
w:zakken|parafrase|-0.96
w:zakken|samenvatting|0.99
w:zakken|open-vraag|0.99
w:zakt|ik-boodschap|0.95
w:zakt|jij-boodschap|-0.95
w:zakt|bekritiseren|-0.86
w:zaterdag|open-vraag|-0.93
w:zaterdag|afleiden|0.93
w:ze|ik-boodschap|0.88
w:ze|jij-boodschap|0.33
w:ze|gevoelsreflectie|-1.0
w:ze|samenvatting|0.19
w:ze|open-vraag|-1.98
w:ze|bevelen|-0.89
w:ze|moraliseren|-0.94
w:ze|adviseren|-1.0
w:ze|argumenteren|0.11
w:ze|bekritiseren|-2.29
w:ze|etiketteren|-0.85
w:ze|interpreteren|0.4
w:ze|geruststellen|-0.85
w:ze|afleiden|0.91
w:ze|afronding-aankondigen|-1.0
w:ze|vervolgafspraak|1.9
w:ze|bedanken|-0.99
w:zeg|samenvatting|0.73
w:zeg|aanmoediging|0.94
w:zeg|bevelen|0.85
w:zeg|waarschuwen|0.63
w:zeg|geruststellen|0.59
w:zeggen|gevoelsreflectie|0.14
w:zeggen|samenvatting|0.84
w:zeggen|bevelen|-0.82
w:zeggen|bekritiseren|-0.84
w:zegt|ik-boodschap|-0.94
w:zegt|jij-boodschap|-0.22
w:zegt|parafrase|2.0
w:zegt|samenvatting|-2.91
w:zegt|aanmoediging|0.74
w:zegt|moraliseren|-1.0
w:zegt|adviseren|-1.0
w:zegt|bekritiseren|-2.45
w:zegt|prijzen|-0.95
w:zegt|interpreteren|0.34
w:zegt|geruststellen|0.5
w:zegt|afronding-aankondigen|-1.0
w:zei|moraliseren|0.98
w:zelf|jij-boodschap|1.25
w:zelf|parafrase|1.76
w:zelf|samenvatting|-0.63
w:zelf|bevelen|0.89
w:zelf|waarschuwen|-1.0
w:zelf|adviseren|0.85
w:zelf|bekritiseren|1.39
w:zelf|prijzen|-0.95
w:zelf|interpreteren|0.95
w:zelf|ondervragen|1.0
w:zelf|afleiden|-0.99
w:zelf|vervolgafspraak|-1.79
w:zelf|bedanken|1.0
w:zenuwachtig|gevoelsreflectie|0.94
w:zenuwachtig|geruststellen|1.72
w:zes|argumenteren|0.85
w:zes|bedanken|-0.85
w:zesde|afronding-aankondigen|0.72
w:zet|parafrase|-0.96
w:zet|gevoelsreflectie|-1.0
w:zet|samenvatting|0.98
w:zet|bevelen|1.0
w:zet|argumenteren|-1.99
w:zet|bekritiseren|-0.52
w:zet|ondervragen|-0.82
w:zet|vervolgafspraak|-0.91
w:zetten|afronding-aankondigen|1.0
w:zetten|vervolgafspraak|-1.82
w:zeur|jij-boodschap|1.0
w:zeur|bekritiseren|-1.0
w:zeur|etiketteren|1.0
w:zich|ik-boodschap|-0.99
w:zich|parafrase|-1.72
w:zich|bevelen|0.14
w:zich|waarschuwen|-1.0
w:zich|adviseren|-0.99
w:zich|bekritiseren|0.8
w:zich|interpreteren|0.98
w:zich|geruststellen|0.15
w:zich|ondervragen|-1.0
w:zich|vervolgafspraak|1.22
w:zichtbaar|gevoelsreflectie|1.0
w:zie|parafrase|-0.99
w:zie|gevoelsreflectie|1.84
w:zie|bevelen|0.83
w:zie|adviseren|0.96
w:zie|bekritiseren|-2.66
w:zie|prijzen|-0.97
w:zie|geruststellen|-0.81
w:zie|afleiden|-0.99
w:zie|afronding-aankondigen|0.72
w:zie|vervolgafspraak|2.08
w:ziek|adviseren|-0.92
w:ziek|bekritiseren|-0.46
w:ziekmelding|ik-boodschap|0.91
w:ziekmelding|waarschuwen|-0.91
w:ziekte|bedanken|0.9
w:zien|ik-boodschap|2.72
w:zien|samenvatting|-0.96
w:zien|waarschuwen|-0.93
w:zien|prijzen|-0.99
w:zien|interpreteren|-0.99
w:zien|afronding-aankondigen|-0.96
w:ziens|waarschuwen|-0.6
w:ziens|bedanken|1.0
w:ziet|ik-boodschap|-0.94
w:ziet|open-vraag|1.0
w:ziet|adviseren|-0.98
w:ziet|bekritiseren|-1.76
w:ziet|prijzen|1.95
w:zij|ik-boodschap|-1.0
w:zij|jij-boodschap|0.88
w:zij|bekritiseren|0.52
w:zij|etiketteren|-1.0
w:zij|interpreteren|1.0
w:zij|geruststellen|-0.97
w:zijn|ik-boodschap|-0.87
w:zijn|jij-boodschap|-1.72
w:zijn|parafrase|-1.2
w:zijn|samenvatting|1.82
w:zijn|aanmoediging|-0.93
w:zijn|bevelen|-1.87
w:zijn|waarschuwen|-0.14
w:zijn|moraliseren|-0.88
w:zijn|bekritiseren|-1.6
w:zijn|prijzen|-1.73
w:zijn|etiketteren|-0.72
w:zijn|interpreteren|-2.0
w:zijn|ondervragen|1.0
w:zijn|afleiden|-0.86
w:zijn|vervolgafspraak|-1.73
w:zijn|bedanken|1.65
w:zin|ik-boodschap|-1.0
w:zin|jij-boodschap|0.57
w:zin|gevoelsreflectie|-0.89
w:zin|bekritiseren|-0.17
w:zin|etiketteren|-1.0
w:zin|interpreteren|0.1
w:zit|ik-boodschap|1.87
w:zit|gevoelsreflectie|0.93
w:zit|samenvatting|-0.82
w:zit|open-vraag|0.98
w:zit|waarschuwen|1.04
w:zit|moraliseren|-1.97
w:zit|argumenteren|-1.04
w:zit|bekritiseren|1.21
w:zit|prijzen|-0.99
w:zit|etiketteren|-0.99
w:zit|afleiden|-0.92
w:zit|vervolgafspraak|-1.26
w:zit|bedanken|-1.0
w:zitten|ik-boodschap|-1.94
w:zitten|parafrase|-1.0
w:zitten|gevoelsreflectie|-0.96
w:zitten|aanmoediging|-1.0
w:zitten|bevelen|1.75
w:zitten|waarschuwen|1.89
w:zitten|etiketteren|-0.97
w:zitten|geruststellen|0.18
w:zitten|afronding-aankondigen|-1.0
w:zitten|vervolgafspraak|1.0
w:zo|ik-boodschap|1.94
w:zo|jij-boodschap|-2.82
w:zo|parafrase|-0.99
w:zo|gevoelsreflectie|-2.89
w:zo|samenvatting|-1.0
w:zo|open-vraag|-1.04
w:zo|bevelen|-3.67
w:zo|waarschuwen|0.95
w:zo|adviseren|-1.89
w:zo|argumenteren|-0.92
w:zo|bekritiseren|-1.19
w:zo|prijzen|1.94
w:zo|etiketteren|1.01
w:zo|interpreteren|0.85
w:zo|geruststellen|-0.82
w:zo|ondervragen|-1.93
w:zo|vervolgafspraak|-2.79
w:zo|bedanken|-0.94
w:zo'n|ik-boodschap|-0.87
w:zo'n|jij-boodschap|-0.8
w:zo'n|gevoelsreflectie|-0.97
w:zo'n|waarschuwen|0.25
w:zo'n|moraliseren|-0.99
w:zo'n|argumenteren|-0.97
w:zo'n|bekritiseren|0.15
w:zo'n|prijzen|3.1
w:zo'n|etiketteren|0.76
w:zoals|bevelen|-0.97
w:zoekt|jij-boodschap|-0.41
w:zoekt|interpreteren|0.99
w:zoiets|geruststellen|0.95
w:zomaar|bekritiseren|0.95
w:zomer|open-vraag|-0.94
w:zomer|afleiden|0.94
w:zondag|adviseren|0.99
w:zondag|vervolgafspraak|-0.64
w:zonde|ik-boodschap|0.8
w:zonde|open-vraag|-0.99
w:zonde|vervolgafspraak|0.99
w:zonder|waarschuwen|0.99
w:zonder|moraliseren|-0.99
w:zonder|argumenteren|0.91
w:zonder|bekritiseren|0.81
w:zonder|bedanken|-0.94
w:zoon|ik-boodschap|-0.99
w:zoon|jij-boodschap|0.88
w:zoon|parafrase|-1.0
w:zoon|bekritiseren|-0.88
w:zoon|etiketteren|-0.97
w:zorgcommissie|afronding-aankondigen|-0.98
w:zorgcoordinator|ik-boodschap|-0.92
w:zorgcoordinator|afronding-aankondigen|0.22
w:zorgcoördinator|argumenteren|-0.86
w:zorgcoördinator|vervolgafspraak|2.47
w:zorgen|ik-boodschap|-0.94
w:zorgen|parafrase|-0.95
w:zorgen|gevoelsreflectie|0.99
w:zorgen|samenvatting|-0.99
w:zorgen|open-vraag|1.0
w:zorgen|bevelen|-0.81
w:zorgen|bekritiseren|-0.99
w:zorgen|interpreteren|-1.93
w:zorgen|geruststellen|-0.86
w:zorgen|afleiden|-1.0
w:zorgen|vervolgafspraak|-0.98
w:zorgne|ik-boodschap|1.0
w:zorgne|parafrase|-1.0
w:zorgne|bekritiseren|-1.0
w:zorgpunten|argumenteren|-0.95
w:zorgt|jij-boodschap|0.8
w:zorgt|bevelen|1.0
w:zorgt|waarschuwen|-1.0
w:zorgt|bekritiseren|0.67
w:zou|ik-boodschap|-0.95
w:zou|parafrase|-0.9
w:zou|gevoelsreflectie|-1.98
w:zou|waarschuwen|-0.87
w:zou|moraliseren|0.98
w:zou|adviseren|3.69
w:zou|bekritiseren|-0.11
w:zou|prijzen|-0.94
w:zou|geruststellen|-0.83
w:zou|afleiden|-1.0
w:zoveel|etiketteren|-0.97
w:zoveel|interpreteren|1.7
w:zoveel|geruststellen|0.96
w:zoë|ik-boodschap|0.91
w:zoë|samenvatting|-0.99
w:zoë|vervolgafspraak|0.99
w:zulke|geruststellen|-0.91
w:zulke|afleiden|0.91
w:zullen|samenvatting|-1.0
w:zullen|open-vraag|-1.99
w:zullen|adviseren|-0.94
w:zullen|bekritiseren|-0.95
w:zullen|interpreteren|-1.0
w:zullen|afleiden|0.98
w:zullen|vervolgafspraak|1.08
w:zult|argumenteren|-0.97
w:zult|prijzen|1.0
w:zus|waarschuwen|-0.99
w:zwaar|samenvatting|0.6
w:zwaar|open-vraag|-0.98
w:zwaar|geruststellen|-0.94
w:zwaar|afleiden|0.94
w:zwart|samenvatting|-1.0
w:zwart|moraliseren|-1.0
w:zwart|argumenteren|1.0
w:één|parafrase|-0.95
w:één|bevelen|-0.81
w:één|waarschuwen|1.87
w:één|moraliseren|-0.92
w:één|bekritiseren|-0.52
"""#
}
