// Demo articles, Bahasa Indonesia edition: Sains. Fiction written for this project.
import 'server-only';
import type { DemoArticle } from '../types';

export const ID_SAINS: DemoArticle[] = [
  {
    title: 'Padang lamun kembali tumbuh di Narrows',
    translationOf: 'Seagrass meadows are returning to the Narrows',
    summary:
      'Para penyelam memetakan 38 hektare lamun di selat itu, tiga kali lipat luasnya satu dekade lalu, setelah tambatan kapal dirancang ulang dan saluran pembuangan limbah dibersihkan.',
    author: 'mei',
    section: 'Sains',
    tags: ['Kelautan', 'Iklim'],
    daysAgo: 3,
    at: '08:30',
    image: {
      key: 'demo-seagrass',
      caption: 'Lamun menjadi tempat berlindung ikan-ikan muda dan menyimpan karbon di dasar laut.',
      credit: 'Ilustrasi: Studio demo Newsroom',
    },
    body: [
      'Lamun kembali tumbuh di Narrows, selat antara Port Meridian dan Kestrel Point, dengan kecepatan yang mengejutkan para ilmuwan yang memantaunya. Survei oleh penyelam dan drone pada musim panas ini memetakan 38 hektare padang lamun, tiga kali lipat luas yang tercatat pada 2015.',
      'Lamun dulu menutupi sebagian besar dasar laut dangkal di selat itu, tetapi pada 1990-an nyaris lenyap, tertimbun sedimen dan terhalang cahayanya oleh alga yang tumbuh subur karena limbah. Tambatan kapal, yang rantainya terseret melingkar di dasar laut, meninggalkan petak-petak gundul yang terlihat dari udara.',
      { h2: 'Apa yang membantu' },
      {
        list: [
          'Instalasi pengolahan limbah baru yang memangkas zat hara yang masuk ke selat sekitar 60 persen.',
          'Penggantian 200 tambatan tradisional dengan rancangan terapung yang tidak menyentuh dasar laut.',
          'Uji coba penanaman kembali oleh relawan dengan benih yang dikumpulkan dari petak-petak lamun yang masih bertahan.',
        ],
      },
      'Padang lamun penting bukan hanya karena keindahannya. Lamun menjadi tempat berlindung anak ikan kod dan kuda laut, meredam ombak sebelum mencapai pantai, dan menyimpan karbon di sedimen di bawahnya.',
      {
        quote:
          'Sepuluh tahun lalu kami mendokumentasikan kehilangan. Sekarang kami mendokumentasikan pemulihan, dan itu lembar kerja yang jauh lebih menyenangkan untuk diisi.',
        cite: 'Dr. Ingrid Solberg, ahli ekologi laut di Meridian Polytechnic',
      },
      'Para peneliti mengingatkan bahwa padang lamun itu masih rapuh. Satu gelombang panas musim panas pada 2022 mematikan seperlima pertumbuhannya, yang baru pulih dua tahun kemudian.',
    ],
  },
  {
    title: 'Pelajar menghitung 14.000 keping sampah di pantai Kestrel Point dalam sehari',
    summary:
      'Survei sampah pantai tahunan oleh 220 pelajar menemukan lebih sedikit kantong plastik, tetapi jauh lebih banyak puntung rokok dan serpihan tali jaring.',
    author: 'sari',
    section: 'Sains',
    tags: ['Kelautan', 'Pendidikan', 'Sains Warga'],
    daysAgo: 33,
    at: '16:20',
    body: [
      'Sebanyak 220 pelajar dari tujuh sekolah menyisir dua kilometer pantai di Kestrel Point pada Jumat lalu dan mencatat 14.217 keping sampah, dari tutup botol hingga sebuah pintu kulkas. Ini tahun kelima survei yang dikoordinasikan Meridian Polytechnic, dan untuk pertama kalinya datanya cukup panjang untuk memperlihatkan tren.',
      'Setiap kelompok memasang tali sepanjang seratus meter dari garis air hingga vegetasi, lalu memungut dan menggolongkan semua yang ada di dalamnya memakai formulir yang sama dengan survei pantai di seluruh Eropa Utara. Hasilnya diunggah ke basis data terbuka pada hari yang sama.',
      { h2: 'Apa yang berubah dalam lima tahun' },
      {
        list: [
          'Kantong plastik turun dari 9 persen menjadi 2 persen dari seluruh temuan, sejak toko-toko di kota berhenti membagikannya secara gratis.',
          'Puntung rokok kini menjadi jenis sampah paling banyak, sekitar 3.100 keping.',
          'Serpihan tali dan jaring perikanan meningkat hampir dua kali lipat.',
        ],
      },
      'Peneliti menduga serpihan tali itu berasal dari alat tangkap tua yang terurai di laut, bukan dari kapal yang kini beroperasi, tetapi mengatakan perlu pengujian jenis plastiknya untuk memastikan.',
      {
        quote:
          'Anak-anak ini tidak sekadar membersihkan pantai. Mereka menghasilkan data yang kami pakai dalam makalah ilmiah, dengan nama sekolah mereka di daftar ucapan terima kasih.',
        cite: 'Dr. Ingrid Solberg, ahli ekologi laut di Meridian Polytechnic',
      },
      'Seorang siswa kelas sembilan, Bima Prasetyo, mengaku paling terkejut oleh jumlah batang pembersih telinga. “Kami menemukan 412 batang,” katanya. “Saya tidak tahu bagaimana semuanya bisa sampai ke laut.” Survei berikutnya dijadwalkan pada musim semi, setelah badai musim dingin.',
    ],
  },
];
