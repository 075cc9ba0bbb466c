namespace RaQuan.Tests.Ceremonies;

/// <summary>Ceremonies over the base site (now is 01/03/2024 09:00): one past, one under way, one to come, one postponed, one cancelled.</summary>
internal static class CeremonyFiles
{
    public const string Schedule = """
        -- content/ceremonies/tinh.yml --
        - unit: huyện Đắk Hà
          title: "Lễ ra quân huyện Đắk Hà"
          start: "08h30 thứ Ba, 20/02/2024"
          duration: 60 phút
          place: "Thôn 4, xã Đắk Mar"
          content: "Làm đường giao thông nông thôn"
          scale: "L = 508 m"
          plan: ke-hoach-le-ra-quan-dau-nam-2024
          contact: "Văn phòng UBND huyện, 0260 3820 000"
          agenda:
            - { time: "08h30", content: "Văn nghệ chào mừng", who: "Đoàn văn nghệ xã" }
            - { time: "08h45", content: "Tuyên bố lý do, giới thiệu đại biểu" }
            - { time: "09h00", content: "Phát động ra quân", who: "Lãnh đạo UBND huyện" }
        - unit: kon-ray
          start: 2024-03-01T08:30
          end: "10:00"
          place: "Sân vận động huyện"
        - unit: xã Đắk La
          start: 05/03/2024 07:30
          place: "Nhà văn hóa thôn 1"
          status: postponed
          postponed_to: 08/03/2024 07:30
          updated: [2024-02-28, 2024-03-01]
        -- content/ceremonies/dak-nong.csv --
        Đơn vị,Thời gian,Địa điểm,Nội dung,Quy mô,Trạng thái,Cập nhật
        Đắk R'Lấp,"08:00 thứ Sáu, 23/02/2024",UBND xã Nhân Cơ,"Phát động ra quân, khởi công đường",2 km,,
        thi-tran-dak-ha,10/03/2024 08:00,Trụ sở thị trấn,Dọn vệ sinh,,hủy,29/02/2024
        """;
}
