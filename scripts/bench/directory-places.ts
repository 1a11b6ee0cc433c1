// Real French départements and some of their towns with a postal code of the département, for the
// generated directory (scripts/seed-directory.ts): postal code, town and département always agree.

export type Departement = { code: string; nom: string; towns: [postalCode: string, town: string][] };

export const DEPARTEMENTS: Departement[] = [
  { code: "01", nom: "DE L'AIN", towns: [["01000", "BOURG-EN-BRESSE"], ["01100", "OYONNAX"], ["01200", "VALSERHONE"], ["01300", "BELLEY"], ["01500", "AMBERIEU-EN-BUGEY"], ["01600", "TREVOUX"], ["01400", "CHATILLON-SUR-CHALARONNE"], ["01170", "GEX"]] },
  { code: "06", nom: "DES ALPES-MARITIMES", towns: [["06000", "NICE"], ["06400", "CANNES"], ["06600", "ANTIBES"], ["06500", "MENTON"], ["06130", "GRASSE"], ["06110", "LE CANNET"], ["06700", "SAINT-LAURENT-DU-VAR"], ["06800", "CAGNES-SUR-MER"], ["06220", "VALLAURIS"]] },
  { code: "13", nom: "DES BOUCHES-DU-RHONE", towns: [["13001", "MARSEILLE"], ["13100", "AIX-EN-PROVENCE"], ["13200", "ARLES"], ["13500", "MARTIGUES"], ["13300", "SALON-DE-PROVENCE"], ["13400", "AUBAGNE"], ["13800", "ISTRES"], ["13127", "VITROLLES"], ["13600", "LA CIOTAT"], ["13700", "MARIGNANE"]] },
  { code: "14", nom: "DU CALVADOS", towns: [["14000", "CAEN"], ["14100", "LISIEUX"], ["14400", "BAYEUX"], ["14200", "HEROUVILLE-SAINT-CLAIR"], ["14500", "VIRE NORMANDIE"], ["14800", "DEAUVILLE"], ["14700", "FALAISE"], ["14160", "DIVES-SUR-MER"]] },
  { code: "17", nom: "DE LA CHARENTE-MARITIME", towns: [["17000", "LA ROCHELLE"], ["17100", "SAINTES"], ["17300", "ROCHEFORT"], ["17200", "ROYAN"], ["17500", "JONZAC"], ["17400", "SAINT-JEAN-D'ANGELY"], ["17138", "PUILBOREAU"], ["17310", "SAINT-PIERRE-D'OLERON"]] },
  { code: "21", nom: "DE LA COTE-D'OR", towns: [["21000", "DIJON"], ["21200", "BEAUNE"], ["21300", "CHENOVE"], ["21800", "QUETIGNY"], ["21500", "MONTBARD"], ["21400", "CHATILLON-SUR-SEINE"], ["21160", "MARSANNAY-LA-COTE"], ["21140", "SEMUR-EN-AUXOIS"]] },
  { code: "22", nom: "DES COTES-D'ARMOR", towns: [["22000", "SAINT-BRIEUC"], ["22300", "LANNION"], ["22100", "DINAN"], ["22200", "GUINGAMP"], ["22400", "LAMBALLE-ARMOR"], ["22440", "PLOUFRAGAN"], ["22190", "PLERIN"], ["22500", "PAIMPOL"], ["22600", "LOUDEAC"], ["22700", "PERROS-GUIREC"]] },
  { code: "29", nom: "DU FINISTERE", towns: [["29200", "BREST"], ["29000", "QUIMPER"], ["29600", "MORLAIX"], ["29300", "QUIMPERLE"], ["29900", "CONCARNEAU"], ["29800", "LANDERNEAU"], ["29120", "PONT-L'ABBE"], ["29400", "LANDIVISIAU"], ["29490", "GUIPAVAS"], ["29280", "PLOUZANE"], ["29100", "DOUARNENEZ"], ["29260", "LESNEVEN"]] },
  { code: "31", nom: "DE LA HAUTE-GARONNE", towns: [["31000", "TOULOUSE"], ["31700", "BLAGNAC"], ["31770", "COLOMIERS"], ["31120", "PORTET-SUR-GARONNE"], ["31800", "SAINT-GAUDENS"], ["31600", "MURET"], ["31240", "L'UNION"], ["31130", "BALMA"], ["31520", "RAMONVILLE-SAINT-AGNE"]] },
  { code: "33", nom: "DE LA GIRONDE", towns: [["33000", "BORDEAUX"], ["33700", "MERIGNAC"], ["33600", "PESSAC"], ["33400", "TALENCE"], ["33500", "LIBOURNE"], ["33120", "ARCACHON"], ["33260", "LA TESTE-DE-BUCH"], ["33150", "CENON"], ["33130", "BEGLES"], ["33800", "BORDEAUX BASTIDE"]] },
  { code: "34", nom: "DE L'HERAULT", towns: [["34000", "MONTPELLIER"], ["34500", "BEZIERS"], ["34200", "SETE"], ["34300", "AGDE"], ["34400", "LUNEL"], ["34110", "FRONTIGNAN"], ["34170", "CASTELNAU-LE-LEZ"], ["34800", "CLERMONT-L'HERAULT"], ["34700", "LODEVE"]] },
  { code: "35", nom: "D'ILLE-ET-VILAINE", towns: [["35000", "RENNES"], ["35400", "SAINT-MALO"], ["35300", "FOUGERES"], ["35500", "VITRE"], ["35170", "BRUZ"], ["35510", "CESSON-SEVIGNE"], ["35600", "REDON"], ["35800", "DINARD"], ["35760", "SAINT-GREGOIRE"], ["35160", "MONTFORT-SUR-MEU"]] },
  { code: "38", nom: "DE L'ISERE", towns: [["38000", "GRENOBLE"], ["38110", "LA TOUR-DU-PIN"], ["38200", "VIENNE"], ["38300", "BOURGOIN-JALLIEU"], ["38400", "SAINT-MARTIN-D'HERES"], ["38130", "ECHIROLLES"], ["38500", "VOIRON"], ["38600", "FONTAINE"], ["38080", "L'ISLE-D'ABEAU"], ["38160", "SAINT-MARCELLIN"]] },
  { code: "44", nom: "DE LA LOIRE-ATLANTIQUE", towns: [["44000", "NANTES"], ["44600", "SAINT-NAZAIRE"], ["44400", "REZE"], ["44800", "SAINT-HERBLAIN"], ["44500", "LA BAULE-ESCOUBLAC"], ["44300", "NANTES ERDRE"], ["44110", "CHATEAUBRIANT"], ["44150", "ANCENIS-SAINT-GEREON"], ["44700", "ORVAULT"], ["44240", "LA CHAPELLE-SUR-ERDRE"]] },
  { code: "45", nom: "DU LOIRET", towns: [["45000", "ORLEANS"], ["45200", "MONTARGIS"], ["45500", "GIEN"], ["45140", "SAINT-JEAN-DE-LA-RUELLE"], ["45400", "FLEURY-LES-AUBRAIS"], ["45160", "OLIVET"], ["45300", "PITHIVIERS"], ["45100", "ORLEANS LA SOURCE"]] },
  { code: "49", nom: "DE MAINE-ET-LOIRE", towns: [["49000", "ANGERS"], ["49300", "CHOLET"], ["49400", "SAUMUR"], ["49100", "ANGERS CENTRE"], ["49130", "LES PONTS-DE-CE"], ["49240", "AVRILLE"], ["49800", "TRELAZE"], ["49500", "SEGRE-EN-ANJOU BLEU"]] },
  { code: "56", nom: "DU MORBIHAN", towns: [["56000", "VANNES"], ["56100", "LORIENT"], ["56300", "PONTIVY"], ["56400", "AURAY"], ["56700", "HENNEBONT"], ["56600", "LANESTER"], ["56500", "LOCMINE"], ["56800", "PLOERMEL"], ["56340", "CARNAC"], ["56270", "PLOEMEUR"]] },
  { code: "59", nom: "DU NORD", towns: [["59000", "LILLE"], ["59100", "ROUBAIX"], ["59200", "TOURCOING"], ["59140", "DUNKERQUE"], ["59300", "VALENCIENNES"], ["59400", "CAMBRAI"], ["59500", "DOUAI"], ["59600", "MAUBEUGE"], ["59650", "VILLENEUVE-D'ASCQ"], ["59700", "MARCQ-EN-BAROEUL"], ["59280", "ARMENTIERES"]] },
  { code: "63", nom: "DU PUY-DE-DOME", towns: [["63000", "CLERMONT-FERRAND"], ["63100", "CLERMONT-FERRAND NORD"], ["63200", "RIOM"], ["63300", "THIERS"], ["63500", "ISSOIRE"], ["63110", "BEAUMONT"], ["63800", "COURNON-D'AUVERGNE"], ["63400", "CHAMALIERES"]] },
  { code: "67", nom: "DU BAS-RHIN", towns: [["67000", "STRASBOURG"], ["67100", "STRASBOURG MEINAU"], ["67500", "HAGUENAU"], ["67600", "SELESTAT"], ["67700", "SAVERNE"], ["67200", "SCHILTIGHEIM"], ["67300", "SCHILTIGHEIM NORD"], ["67400", "ILLKIRCH-GRAFFENSTADEN"], ["67120", "MOLSHEIM"], ["67160", "WISSEMBOURG"]] },
  { code: "69", nom: "DU RHONE", towns: [["69001", "LYON"], ["69100", "VILLEURBANNE"], ["69200", "VENISSIEUX"], ["69400", "VILLEFRANCHE-SUR-SAONE"], ["69500", "BRON"], ["69120", "VAULX-EN-VELIN"], ["69800", "SAINT-PRIEST"], ["69600", "OULLINS-PIERRE-BENITE"], ["69300", "CALUIRE-ET-CUIRE"], ["69700", "GIVORS"]] },
  { code: "72", nom: "DE LA SARTHE", towns: [["72000", "LE MANS"], ["72200", "LA FLECHE"], ["72300", "SABLE-SUR-SARTHE"], ["72400", "LA FERTE-BERNARD"], ["72600", "MAMERS"], ["72500", "MONTVAL-SUR-LOIR"], ["72100", "LE MANS SUD"], ["72230", "ARNAGE"]] },
  { code: "75", nom: "DE PARIS", towns: [["75001", "PARIS"], ["75004", "PARIS 4E ARRONDISSEMENT"], ["75005", "PARIS 5E ARRONDISSEMENT"], ["75007", "PARIS 7E ARRONDISSEMENT"], ["75012", "PARIS 12E ARRONDISSEMENT"], ["75013", "PARIS 13E ARRONDISSEMENT"], ["75015", "PARIS 15E ARRONDISSEMENT"], ["75018", "PARIS 18E ARRONDISSEMENT"], ["75020", "PARIS 20E ARRONDISSEMENT"]] },
  { code: "76", nom: "DE LA SEINE-MARITIME", towns: [["76000", "ROUEN"], ["76600", "LE HAVRE"], ["76200", "DIEPPE"], ["76300", "SOTTEVILLE-LES-ROUEN"], ["76400", "FECAMP"], ["76800", "SAINT-ETIENNE-DU-ROUVRAY"], ["76500", "ELBEUF"], ["76100", "ROUEN RIVE GAUCHE"], ["76130", "MONT-SAINT-AIGNAN"]] },
  { code: "83", nom: "DU VAR", towns: [["83000", "TOULON"], ["83300", "DRAGUIGNAN"], ["83400", "HYERES"], ["83600", "FREJUS"], ["83700", "SAINT-RAPHAEL"], ["83500", "LA SEYNE-SUR-MER"], ["83100", "TOULON EST"], ["83200", "TOULON OUEST"], ["83130", "LA GARDE"], ["83170", "BRIGNOLES"]] },
  { code: "87", nom: "DE LA HAUTE-VIENNE", towns: [["87000", "LIMOGES"], ["87100", "LIMOGES NORD"], ["87200", "SAINT-JUNIEN"], ["87300", "BELLAC"], ["87400", "SAINT-LEONARD-DE-NOBLAT"], ["87500", "SAINT-YRIEIX-LA-PERCHE"], ["87700", "AIXE-SUR-VIENNE"], ["87350", "PANAZOL"]] },
  { code: "974", nom: "DE LA REUNION", towns: [["97400", "SAINT-DENIS"], ["97410", "SAINT-PIERRE"], ["97420", "LE PORT"], ["97430", "LE TAMPON"], ["97460", "SAINT-PAUL"], ["97470", "SAINT-BENOIT"], ["97490", "SAINTE-CLOTILDE"], ["97440", "SAINT-ANDRE"]] },
];

/** People French schools and public buildings are named after. */
export const PATRONYMS = [
  "JULES FERRY", "VICTOR HUGO", "JEAN MOULIN", "JEAN JAURES", "LOUIS PASTEUR", "MARIE CURIE", "JACQUES PREVERT", "PAUL ELUARD",
  "JEAN DE LA FONTAINE", "ALBERT CAMUS", "ANATOLE FRANCE", "JULES VERNE", "CHARLES DE GAULLE", "GEORGES BRASSENS", "SIMONE VEIL",
  "LEON BLUM", "PIERRE ET MARIE CURIE", "ANTOINE DE SAINT-EXUPERY", "EMILE ZOLA", "JEAN MACE", "PABLO NERUDA", "LOUISE MICHEL",
  "RENE DESCARTES", "BLAISE PASCAL", "MOLIERE", "JEAN ROSTAND", "CAMILLE CLAUDEL", "ARTHUR RIMBAUD", "GUSTAVE EIFFEL",
  "ANNE FRANK", "PAUL LANGEVIN", "HENRI WALLON", "JOLIOT-CURIE", "JEAN MONNET", "ROBERT SCHUMAN", "FREDERIC MISTRAL",
  "CHATEAUBRIAND", "ERNEST RENAN", "TRISTAN CORBIERE", "ANITA CONTI", "JEAN GUEHENNO", "SAINT-EXUPERY",
  "MAURICE RAVEL", "CLAUDE DEBUSSY", "EUGENE DELACROIX", "AUGUSTE RENOIR", "OLYMPE DE GOUGES", "GEORGE SAND", "COLETTE",
];

/** Services a public structure declares, as code and libellé. */
export const SERVICES: [code: string, libelle: string][] = [
  ["FACTURES", "Service des factures"], ["FINANCES", "Direction des finances"], ["DRH", "Ressources humaines"],
  ["ST", "Services techniques"], ["ENFANCE", "Enfance et jeunesse"], ["CULTURE", "Affaires culturelles"],
  ["SPORTS", "Service des sports"], ["RESTAURATION", "Cuisine centrale"], ["INFORMATIQUE", "Systèmes d'information"],
  ["VOIRIE", "Voirie et réseaux"], ["EAU", "Eau et assainissement"], ["DECHETS", "Collecte des déchets"],
  ["SOCIAL", "Action sociale"], ["ECONOMAT", "Économat"], ["PHARMACIE", "Pharmacie"], ["TRAVAUX", "Travaux neufs"],
];
