// Demo articles, Bahasa Indonesia edition: Teknologi. Fiction written for this project.
import 'server-only';
import type { DemoArticle } from '../types';

export const ID_TEKNOLOGI: DemoArticle[] = [
  {
    title: 'Portal data terbuka kota kembali, dengan posisi bus setiap sepuluh detik',
    translationOf: 'The city’s open data portal returns, with bus positions every ten seconds',
    summary:
      'Diluncurkan ulang setelah dua tahun tidak aktif, portal ini kini menerbitkan lokasi trem dan bus secara langsung, permohonan izin bangunan, dan hasil inspeksi restoran dengan lisensi terbuka.',
    author: 'tomas',
    section: 'Teknologi',
    tags: ['Data & Privasi', 'Transportasi', 'Dewan Kota'],
    daysAgo: 4,
    at: '11:45',
    image: {
      key: 'demo-circuit',
      caption: 'Portal ini menerbitkan 140 kumpulan data, sebagian besar diperbarui setiap hari.',
      credit: 'Ilustrasi: Studio demo Newsroom',
    },
    body: [
      'Portal data terbuka Port Meridian kembali daring setelah dua tahun, dengan data yang lebih banyak daripada sebelumnya dan janji dari dewan kota bahwa portal itu tidak akan hilang lagi ketika sebuah kontrak berakhir.',
      'Portal lama berhenti beroperasi pada 2023 ketika perusahaan yang mengelolanya diakuisisi dan layanannya dihentikan. Portal baru dibangun dengan perangkat lunak sumber terbuka dan dikelola oleh tim digital dewan kota sendiri. Portal ini diluncurkan dengan 140 kumpulan data, termasuk posisi setiap bus dan trem secara langsung, yang diperbarui setiap sepuluh detik.',
      { h2: 'Apa saja yang bisa ditemukan di sana' },
      {
        list: [
          'Posisi kendaraan secara langsung dan jadwal lengkap dalam format standar yang dipakai aplikasi perencana perjalanan.',
          'Semua permohonan izin bangunan sejak 2010, lengkap dengan keputusan dan dokumennya.',
          'Hasil inspeksi kebersihan makanan.',
          'Hasil pengukuran kualitas udara dari 38 sensor jalan.',
          'Belanja dewan kota di atas 500, diterbitkan setiap bulan.',
        ],
      },
      'Para pengembang yang membangun aplikasi di atas portal lama mengaku lega, tetapi tetap berhati-hati. Salah satunya, pembuat aplikasi jadwal trem yang populer, mengatakan ia sudah dua kali menulis ulang aplikasinya dalam empat tahun karena perubahan data.',
      {
        quote:
          'Hal terbaik dari peluncuran ini bukan datanya, melainkan janji untuk menjaga formatnya tetap stabil. Kami akan menagih janji itu.',
        cite: 'Ana Lucía Ferraro, pengembang aplikasi Next Tram',
      },
      'Semua kumpulan data diterbitkan dengan lisensi terbuka yang mengizinkan penggunaan komersial dengan mencantumkan sumbernya.',
    ],
  },
  {
    title: 'Perpustakaan kota menambah 2.000 buku digital berbahasa Indonesia',
    summary:
      'Pemegang kartu perpustakaan kini bisa meminjam novel, buku anak, dan buku pelajaran berbahasa Indonesia dari ponsel mereka. Koleksi bahasa Arab menyusul awal tahun depan.',
    author: 'sari',
    section: 'Teknologi',
    tags: ['Perpustakaan', 'Pendidikan', 'Komunitas'],
    daysAgo: 27,
    at: '10:00',
    body: [
      'Perpustakaan umum Port Meridian menambahkan sekitar 2.000 judul buku digital berbahasa Indonesia ke layanan peminjaman daringnya, koleksi pertama dalam bahasa Asia di katalog digital kota. Buku dapat dipinjam selama tiga minggu lewat aplikasi perpustakaan yang sama dengan yang dipakai untuk buku berbahasa Inggris.',
      'Koleksi itu mencakup novel, buku cerita anak, komik, dan buku pelajaran sekolah dasar. Sekitar seperempatnya berupa buku audio, yang menurut pustakawan paling sering diminta oleh orang tua yang ingin anak-anaknya tetap mendengar bahasa Indonesia di rumah.',
      { h2: 'Permintaan datang dari sekolah Minggu' },
      'Gagasan ini diajukan oleh pengurus sekolah bahasa akhir pekan yang dijalankan relawan di balai komunitas Greyfriars, tempat sekitar 60 anak belajar membaca dan menulis dalam bahasa Indonesia setiap Sabtu pagi.',
      {
        quote:
          'Anak-anak kami fasih berbahasa Inggris dalam setahun. Yang sulit adalah menjaga bahasa ibu mereka tetap hidup. Buku yang bisa dibuka di ponsel, di bus, di mana saja, sangat membantu.',
        cite: 'Yohana Sitorus, guru relawan di sekolah bahasa Greyfriars',
      },
      {
        list: [
          'Setiap pemegang kartu dapat meminjam hingga sepuluh judul sekaligus.',
          'Buku yang sedang dipinjam dapat diantre; perpustakaan membeli lisensi tambahan bila antrean lebih dari lima orang.',
          'Warga yang belum punya kartu dapat mendaftar secara daring dengan alamat di Port Meridian.',
        ],
      },
      'Biaya lisensi tahun pertama sebesar 24.000 ditanggung dari anggaran koleksi perpustakaan. Koleksi digital berbahasa Arab dengan jumlah judul yang sama dijadwalkan tersedia awal tahun depan.',
    ],
  },
];
